import { z } from 'zod';
import { tokenConfigShape } from './config';
import { loadSigningKey } from './signingKey';
import { signAccessToken } from './tokens';
import { ConfigError, commonConfigShape, env, loadConfig } from '../config';

/**
 * What `npm run -s token` prints: a valid access token for a demo identity, for Sandbox headers
 * and scripts. `args` are the command's (`customer [P00000001]`, `broker [B00001]`,
 * `support [staff-demo]`). Refuses in production (a ConfigError): real tokens come from the
 * identity subgraph's login flows.
 */
const DEFAULT_SUBJECT = { customer: 'P00000001', broker: 'B00001', support: 'staff-demo' } as const;
const ID_FORMAT = { customer: /^P\d{8}$/, broker: /^B\d{5}$/, support: /^[\w.-]{3,64}$/ } as const;

export async function demoToken(args: readonly string[], environment: NodeJS.ProcessEnv): Promise<string> {
  const config = loadConfig(
    z.object({
      ...commonConfigShape,
      ...tokenConfigShape,
      TOKEN_TTL_SECONDS: env.positiveInt(3600),
      JWT_PRIVATE_JWK: z.string().optional(),
    }),
    environment,
  );
  if (config.NODE_ENV === 'production')
    throw new ConfigError('npm run token is a development tool and refuses to run with NODE_ENV=production.');
  const [role, id] = args;
  if (role !== 'customer' && role !== 'broker' && role !== 'support')
    throw new ConfigError('Usage: npm run -s token -- <customer|broker|support> [id]');
  const subject = id ?? DEFAULT_SUBJECT[role];
  if (!ID_FORMAT[role].test(subject))
    throw new ConfigError(`"${subject}" is not a ${role} id (e.g. ${DEFAULT_SUBJECT[role]}).`);
  const key = await loadSigningKey({ production: false, privateJwk: config.JWT_PRIVATE_JWK });
  return signAccessToken(
    key,
    { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE },
    {
      subject: role === 'broker' ? `broker-user-${subject}` : subject,
      claims: role === 'broker' ? { role, broker: subject } : { role },
      ttlSeconds: config.TOKEN_TTL_SECONDS,
    },
  );
}
