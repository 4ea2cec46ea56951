import { readFileSync } from 'node:fs';
import path from 'node:path';
import { request, type Dispatcher } from 'undici';
import { projectRoot } from '../../platform/paths';

/** What the portal server itself asks the gateway: session operations, by persisted hash. */
export type SessionOperation =
  'RefreshSession' | 'SignOut' | 'SignInWithIdentityProvider' | 'RegisterWithIdentityProvider';

const MANIFEST = path.join(projectRoot, 'operations', 'generated', 'persisted-documents.json');

interface RegisteredOperation {
  hash: string;
  text: string;
}

function registeredOperations(file = MANIFEST): Map<string, RegisteredOperation> {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return new Map(
    Object.entries(manifest).map(([key, text]) => [
      /^(?:query|mutation)\s+(\w+)/.exec(text)?.[1] ?? '',
      { hash: key.replace(/^sha256:/, ''), text },
    ]),
  );
}

/** The text of each operation in operations/, by hash. */
export function operationTexts(file = MANIFEST): Map<string, string> {
  return new Map([...registeredOperations(file).values()].map(({ hash, text }) => [hash, text]));
}

/** The hash of each operation in operations/, by name, as the gateway's safelist knows it. */
export function operationHashes(file = MANIFEST): Map<string, string> {
  return new Map([...registeredOperations(file)].map(([name, { hash }]) => [name, hash]));
}

export interface GatewayAnswer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

export class GatewayUnavailable extends Error {}

/**
 * Runs one of the session operations on the gateway, as the browser's proxy would (the caller's
 * language and address passed on). Throws GatewayUnavailable when the gateway does not answer JSON.
 */
export function createGatewayClient(gatewayOrigin: string, agent: Dispatcher, timeoutMs = 10_000) {
  const operations = registeredOperations();
  const endpoint = new URL('/graphql', gatewayOrigin);
  const send = async (
    operation: SessionOperation,
    variables: Record<string, unknown>,
    headers: Record<string, string>,
    withText: boolean,
  ): Promise<GatewayAnswer> => {
    const registered = operations.get(operation);
    if (!registered) throw new Error(`${operation} is not in operations/ (run npm run codegen)`);
    try {
      const answer = await request(endpoint, {
        method: 'POST',
        dispatcher: agent,
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({
          operationName: operation,
          variables,
          ...(withText ? { query: registered.text } : {}),
          extensions: { persistedQuery: { version: 1, sha256Hash: registered.hash } },
        }),
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      return { status: answer.statusCode, body: (await answer.body.json()) as GatewayAnswer['body'] };
    } catch (error) {
      throw new GatewayUnavailable(error instanceof Error ? error.message : String(error));
    }
  };
  /**
   * By hash; a gateway that does not hold the manifest (PERSISTED_QUERY_NOT_FOUND) is sent the
   * registered text once, as the automatic persisted-queries protocol (and the pages' client) does.
   */
  return async function run(
    operation: SessionOperation,
    variables: Record<string, unknown>,
    headers: Record<string, string>,
  ): Promise<GatewayAnswer> {
    const answer = await send(operation, variables, headers, false);
    const notFound = answer.body.errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND');
    return notFound ? send(operation, variables, headers, true) : answer;
  };
}

export type GatewayClient = ReturnType<typeof createGatewayClient>;
