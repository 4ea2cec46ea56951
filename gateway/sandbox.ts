import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../platform/paths';
import { demoToken } from '../platform/auth/demoToken';

/** What Sandbox opens with: an operation and the headers to send it with. */
export interface SandboxPreload {
  document: string;
  headers: Record<string, string>;
}

/** How long the preloaded demo token lasts: a working day, so an open Sandbox keeps working. */
const DEMO_TOKEN_TTL_SECONDS = 12 * 3600;

/**
 * Development only (the gateway serves no landing page in production): Sandbox opens with the
 * portal's CustomerOverview and a demo customer's (An Peeters') token, so a developer's first
 * query answers. Other roles' tokens: `npm run -s token -- broker B00001 | support` (docs/sandbox.md).
 */
export async function sandboxPreload(environment: NodeJS.ProcessEnv): Promise<SandboxPreload> {
  const token = await demoToken(['customer', 'P00000001'], {
    ...environment,
    TOKEN_TTL_SECONDS: String(DEMO_TOKEN_TTL_SECONDS),
  });
  return {
    document: readFileSync(path.join(projectRoot, 'operations/CustomerOverview.graphql'), 'utf8'),
    headers: { Authorization: `Bearer ${token}` },
  };
}
