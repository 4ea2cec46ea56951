import { loadSigningKey } from '../../platform/auth/signingKey';
import { runComponent } from '../../platform/component';
import { databaseTargetFromConfig } from '../../platform/database/config';
import { subgraphRuntimeFromEnv } from '../../platform/subgraphRuntime';
import { loadHashKey } from './credentials/hashKey';
import { createIdentitySubgraph } from './server';
import { identityConfigSchema, identitySettingsFromConfig } from './config';

void runComponent(async () => {
  const { config, runtime } = subgraphRuntimeFromEnv('identity', 4001, identityConfigSchema);
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
