import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { loadSigningKey, SIGNING_ALGORITHM, type SigningKey } from '../platform/auth/signingKey';
import { signAccessToken } from '../platform/auth/tokens';
import { projectRoot } from '../platform/paths';

/**
 * What the subgraphs' end-to-end tests share: who calls (test callers and their tokens), how an
 * operation is sent (to the gateway or straight to one subgraph, as a router would), and how an
 * answer is read. Each subgraph's own field lists stay in its __tests__/support.ts.
 */

export type Role = 'customer' | 'broker' | 'support';

export interface Caller {
  role: Role;
  id: string;
}

/** The audience test tokens are signed for and every test subgraph and gateway verifies. */
export const TOKEN_AUDIENCE = { issuer: 'test-identity', audience: 'test-graph' };

export interface GraphQLResult {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
    extensions?: Record<string, unknown>;
  };
  headers: Headers;
}

/** A fresh signing key of the production kind, with its private JWK (JSON) for the token command. */
export async function testSigningKey(): Promise<{ key: SigningKey; jwk: string }> {
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  const jwk = JSON.stringify({ ...(await exportJWK(privateKey)), kid: `test-${randomUUID()}` });
  return { key: await loadSigningKey({ production: true, privateJwk: jwk }), jwk };
}

/** An access token as identity would issue it; a broker's is a user of the office `id` (`broker-user-<id>`). */
export function signTestToken(key: SigningKey, role: Role, id: string): Promise<string> {
  return signAccessToken(key, TOKEN_AUDIENCE, {
    subject: role === 'broker' ? `broker-user-${id}` : id,
    claims: role === 'broker' ? { role, broker: id } : { role },
    ttlSeconds: 600,
  });
}

/** POSTs an operation to a GraphQL endpoint, with a bearer token when given. */
export async function postGraphQL(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResult['body'], headers: response.headers };
}

/** What the helpers below need of a running system (test-support/system.ts's RunningSystem has it). */
export interface Callable {
  subgraphUrls: Record<'identity' | 'life' | 'nonlife' | 'documents', string>;
  token(role: Role, id: string): Promise<string>;
  query(
    query: string,
    options?: { variables?: Record<string, unknown>; token?: string; headers?: Record<string, string>; url?: string },
  ): Promise<GraphQLResult>;
}

export async function tokenFor(system: Callable, caller: Caller | undefined): Promise<string | undefined> {
  return caller ? system.token(caller.role, caller.id) : undefined;
}

export interface AskOptions {
  variables?: Record<string, unknown>;
  language?: string;
  /** Straight to the subgraph the helper was made for, not to the gateway. */
  subgraph?: boolean;
}

/**
 * A subgraph's `ask`: sends an operation as `caller` (anonymous when undefined) to the gateway, or
 * with `subgraph: true` straight to that subgraph (as a router would), in `language` when given.
 */
export function askFor(
  subgraph: keyof Callable['subgraphUrls'],
): (system: Callable, caller: Caller | undefined, query: string, options?: AskOptions) => Promise<GraphQLResult> {
  return async (system, caller, query, options = {}) => {
    const token = await tokenFor(system, caller);
    return system.query(query, {
      ...(token ? { token } : {}),
      ...(options.variables ? { variables: options.variables } : {}),
      headers: options.language ? { 'accept-language': options.language } : {},
      ...(options.subgraph ? { url: system.subgraphUrls[subgraph] } : {}),
    });
  };
}

/** The error codes of a response, in order. */
export const codes = (result: GraphQLResult): unknown[] =>
  (result.body.errors ?? []).map((error) => error.extensions?.['code']);

/** Cents as the graph writes money: a decimal string with two decimals. */
export const money = (cents: number | null): { amount: string; currency: string } | null =>
  cents === null ? null : { amount: (cents / 100).toFixed(2), currency: 'EUR' };

/** `_entities` variables: representations of one type by id. */
export const representations = (typename: string, ...ids: string[]) => ({
  representations: ids.map((id) => ({ __typename: typename, id })),
});

/** `_entities` variables for Customer representations. */
export const customers = (...ids: string[]) => representations('Customer', ...ids);

/** A portal operation as registered in operations/ (and the persisted-operations manifest). */
export function operation(name: string): string {
  return readFileSync(path.join(projectRoot, 'operations', `${name}.graphql`), 'utf8');
}
