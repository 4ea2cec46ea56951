import { demoToken } from '../platform/auth/demoToken';

/**
 * Prints a valid access token for a demo identity, for Sandbox headers and scripts:
 *   npm run -s token -- customer [P00000001]
 *   npm run -s token -- broker [B00001]
 *   npm run -s token -- support [staff-demo]
 * Refuses in production: real tokens come from the identity subgraph's login flows.
 */
demoToken(process.argv.slice(2), process.env).then(
  (token) => process.stdout.write(`${token}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
