import { z } from 'zod';
import { tokenConfigShape } from '../../platform/auth/config';
import { loadSigningKey } from '../../platform/auth/signingKey';
import { runComponent } from '../../platform/component';
import { env } from '../../platform/config';
import { databaseConfigShape, databaseTargetFromConfig } from '../../platform/database/config';
import { subgraphRuntimeFromEnv } from '../../platform/subgraphRuntime';
import { loadHashKey } from './credentials/hashKey';
import { createIdentitySubgraph } from './server';
import { identitySettingsFromConfig, identitySettingsShape } from './settings';

void runComponent(async () => {
  const { config, runtime } = subgraphRuntimeFromEnv(
    'identity',
    4001,
    z.object({
      CUSTOMER_MASTER_URL: env.url().default('http://127.0.0.1:4101'),
      /** Private EC P-256 JWK with a kid; required in production. */
      JWT_PRIVATE_JWK: z.string().optional(),
      /** JSON array of public JWKs still accepted while keys rotate. */
      JWT_PREVIOUS_PUBLIC_JWKS: z.string().optional(),
      JWT_ISSUER: tokenConfigShape.JWT_ISSUER,
      JWT_AUDIENCE: tokenConfigShape.JWT_AUDIENCE,
      /** Key of the keyed hashes of codes and tokens (base64, 32+ bytes); required in production. */
      IDENTITY_HASH_KEY: z.string().optional(),
      ...databaseConfigShape,
      ...identitySettingsShape,
    }),
  );
  const signingKey = await loadSigningKey({
    production: runtime.production,
    privateJwk: config.JWT_PRIVATE_JWK,
    previousPublicJwks: config.JWT_PREVIOUS_PUBLIC_JWKS,
  });
  const component = await createIdentitySubgraph({
    ...runtime,
    customerMasterUrl: config.CUSTOMER_MASTER_URL,
    signingKey,
    tokenAudience: { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE },
    database: databaseTargetFromConfig(config, 'identity', runtime.production),
    hashKey: await loadHashKey({ production: runtime.production, configured: config.IDENTITY_HASH_KEY }),
    settings: identitySettingsFromConfig(config),
  });
  return { component, port: runtime.port, host: runtime.host, log: runtime.log };
});
