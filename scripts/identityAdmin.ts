import { z } from 'zod';
import { ConfigError, env, loadConfig } from '../platform/config';

/**
 * What the identity admin commands share: they call the identity subgraph's admin routes, which
 * answer on loopback only, so they run on the identity host (or in its container). Going
 * through the running subgraph works with PostgreSQL and with the embedded PGlite (which admits
 * one process per data folder) alike.
 */
export function identityAdminUrl(): string {
  return loadConfig(z.object({ IDENTITY_ADMIN_URL: env.url().default('http://127.0.0.1:4001') })).IDENTITY_ADMIN_URL;
}

export async function adminCall(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const base = identityAdminUrl();
  let response: Response;
  try {
    response = await fetch(new URL(path, base), {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    throw new ConfigError(
      `The identity subgraph does not answer at ${base} (IDENTITY_ADMIN_URL); is it running on this host?`,
    );
  }
  const answer = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
  if (!response.ok)
    throw new ConfigError(`identity answered ${response.status}: ${answer?.error?.message ?? 'no details'}`);
  return answer;
}

/** Runs a command, printing its result as JSON, or its failure on stderr with exit code 1. */
export function runAdminCommand(command: () => Promise<unknown>): void {
  command().then(
    (result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
