import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print, type OperationDefinitionNode, type OperationTypeNode } from 'graphql';
import { decide, type ErrorSignal, type RequestKind, type RetrySettings } from './retryPolicy';
import { formatSeconds, sleep, type Log } from './support';

/** What a token source must do for the graph client (TokenClient does it). */
export interface TokenSource {
  token(): Promise<string>;
  invalidate(): void;
}

/** One entry of `errors[]`, as the graph sends it (docs/errors.md). */
export interface GraphError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

/** One entry of `extensions.stale`: a part served from the cache because its backend failed (docs/frontend.md). */
export interface StaleMarker {
  source: string;
  type: string;
  ageSeconds: number;
  reason: string;
}

/** A GraphQL answer: the data (possibly partial), its errors and its stale parts. */
export interface GraphAnswer<TData> {
  operationName: string;
  status: number;
  data: TData | null;
  errors: GraphError[];
  stale: StaleMarker[];
  attempts: number;
}

/** No GraphQL answer at all: nothing answered, or not with GraphQL JSON. */
export class GraphRequestError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
    this.name = 'GraphRequestError';
  }
}

export interface GraphClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  tokens: TokenSource;
  log: Log;
  /** Sent as Accept-Language: product labels and document titles follow it. */
  language?: 'nl' | 'fr' | 'en';
  fetch?: typeof fetch;
  retry?: { settings?: RetrySettings; random?: () => number };
}

function operationOf(document: TypedDocumentNode<unknown, never>): OperationDefinitionNode {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation?.name) throw new Error('Send named operations: the gateway logs and limits them by name.');
  return operation;
}

const KINDS: Record<OperationTypeNode, RequestKind> = {
  query: 'query',
  mutation: 'mutation',
  subscription: 'mutation',
};

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function graphErrors(value: unknown): GraphError[] {
  if (!Array.isArray(value)) return [];
  return value.map((item: unknown): GraphError => {
    const error = record(item) ?? {};
    const path = Array.isArray(error['path'])
      ? (error['path'] as unknown[]).filter(
          (part): part is string | number => typeof part === 'string' || typeof part === 'number',
        )
      : undefined;
    const extensions = record(error['extensions']);
    return {
      message: typeof error['message'] === 'string' ? error['message'] : '(no message)',
      ...(path ? { path } : {}),
      ...(extensions ? { extensions } : {}),
    };
  });
}

function staleMarkers(extensions: unknown): StaleMarker[] {
  const stale = record(extensions)?.['stale'];
  if (!Array.isArray(stale)) return [];
  return stale.flatMap((item: unknown): StaleMarker[] => {
    const marker = record(item);
    if (!marker) return [];
    return [
      {
        source: String(marker['source'] ?? 'unknown'),
        type: String(marker['type'] ?? 'unknown'),
        ageSeconds: typeof marker['ageSeconds'] === 'number' ? marker['ageSeconds'] : Number.NaN,
        reason: String(marker['reason'] ?? 'unknown'),
      },
    ];
  });
}

function signal(error: GraphError): ErrorSignal {
  const extensions = error.extensions ?? {};
  return {
    code: typeof extensions['code'] === 'string' ? extensions['code'] : undefined,
    retryable: typeof extensions['retryable'] === 'boolean' ? extensions['retryable'] : undefined,
    retryAfterSeconds:
      typeof extensions['retryAfterSeconds'] === 'number' ? extensions['retryAfterSeconds'] : undefined,
  };
}

/** The error code of a GraphQL error, or "(no code)". */
export function codeOf(error: GraphError): string {
  return signal(error).code ?? '(no code)';
}

/**
 * Sends typed operations as `POST /graphql` JSON with the bearer token, and applies the retry
 * policy to each: the operation's text is printed from the generated document, so what is sent is
 * exactly what was typechecked (a broker's system is not held to the persisted-operation list).
 */
export class GraphClient {
  private readonly fetch: typeof fetch;

  constructor(private readonly options: GraphClientOptions) {
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  async execute<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<GraphAnswer<TData>> {
    const operation = operationOf(document as TypedDocumentNode<unknown, never>);
    const operationName = operation.name?.value ?? '';
    const kind = KINDS[operation.operation];
    const body = JSON.stringify({ query: print(document), operationName, variables });
    let renewedAfter401 = false;
    for (let attempt = 1; ; attempt++) {
      const token = await this.options.tokens.token();
      let response: Response | undefined;
      let json: Record<string, unknown> | undefined;
      try {
        response = await this.fetch(this.options.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
            authorization: `Bearer ${token}`,
            'accept-language': this.options.language ?? 'nl',
          },
          body,
          signal: AbortSignal.timeout(30_000),
        });
        json = record(await response.json().catch(() => undefined));
      } catch {
        response = undefined;
      }
      // A token refused before it should have expired (clocks apart, keys rotated): ask for a new
      // one once. A second 401 means the credentials themselves no longer work.
      if (response?.status === 401 && !renewedAfter401) {
        renewedAfter401 = true;
        this.options.tokens.invalidate();
        this.options.log(`graph: ${operationName} got 401; asking for a new token once`);
        attempt--;
        continue;
      }
      const errors = graphErrors(json?.['errors']);
      const decision = decide(
        kind,
        response
          ? {
              kind: 'response',
              status: response.status,
              retryAfter: response.headers.get('retry-after'),
              errors: errors.map(signal),
            }
          : { kind: 'network-error' },
        attempt,
        this.options.retry ?? {},
      );
      if (decision.retry) {
        this.options.log(
          `graph: ${operationName} ${decision.reason}; waiting ${formatSeconds(decision.waitMs)} before attempt ${attempt + 1}`,
        );
        await sleep(decision.waitMs);
        continue;
      }
      if (!response)
        throw new GraphRequestError(
          `${operationName}: no answer from ${this.options.url} (${decision.reason}).`,
          undefined,
        );
      if (!json || (!('data' in json) && !('errors' in json)))
        throw new GraphRequestError(
          `${operationName}: HTTP ${response.status} without a GraphQL answer.`,
          response.status,
        );
      return {
        operationName,
        status: response.status,
        data: (json['data'] ?? null) as TData | null,
        errors,
        stale: staleMarkers(json['extensions']),
        attempts: attempt,
      };
    }
  }
}
