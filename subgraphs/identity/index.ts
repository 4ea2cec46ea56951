import { z } from 'zod';
import { loadSigningKey } from '../../platform/auth/signingKey';
import { runComponent } from '../../platform/component';
import { env } from '../../platform/config';
import { subgraphRuntimeFromEnv } from '../../platform/subgraphRuntime';
import { createIdentitySubgraph } from './server';

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
    }),
  );
  const signingKey = await loadSigningKey({ production: runtime.production, privateJwk: config.JWT_PRIVATE_JWK, previousPublicJwks: config.JWT_PREVIOUS_PUBLIC_JWKS });
  const component = await createIdentitySubgraph({ ...runtime, customerMasterUrl: config.CUSTOMER_MASTER_URL, signingKey });
  return { component, port: runtime.port, host: runtime.host, log: runtime.log };
});
