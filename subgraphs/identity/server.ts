import { Counter } from 'prom-client';
import { AuditStore } from '../../platform/audit/AuditStore';
import { auditIngestRoute } from '../../platform/audit/ingestRoute';
import { AUDIT_MIGRATIONS, AUDIT_SCHEMA } from '../../platform/audit/migrations';
import { StoreAuditWriter } from '../../platform/audit/StoreAuditWriter';
import type { SigningKey } from '../../platform/auth/signingKey';
import type { TokenAudience } from '../../platform/auth/tokens';
import { BackendClient } from '../../platform/backend/BackendClient';
import { cacheInvalidationRoute } from '../../platform/cache/invalidationRoute';
import type { Component } from '../../platform/component';
import { openDatabase, type DatabaseTarget } from '../../platform/database/config';
import type { Database } from '../../platform/database/Database';
import { migrate } from '../../platform/database/migrate';
import { recordCacheFor, type SubgraphParts } from '../../platform/graphql/subgraphParts';
import { createSubgraphServer } from '../../platform/graphql/subgraphServer';
import { sendJson } from '../../platform/http';
import { subgraphTypeDefs } from '../../platform/schema';
import { brokerClientRoutes } from './admin/brokerClientRoutes';
import { staffRoutes } from './admin/staffRoutes';
import { CustomerMasterClient } from './backend/CustomerMasterClient';
import type { IdentityContext } from './context';
import { KeyedHasher } from './credentials/KeyedHasher';
import { createIdentityFlows } from './flows';
import { createIdentityLoaders, identityRecordTypes } from './loaders';
import { consentRoute } from './consentRoute';
import { paperDecisionRoute } from './feed/paperDecisionRoute';
import { clientCredentialsGrant } from './oauth/clientCredentialsGrant';
import { refreshTokenGrant } from './oauth/refreshTokenGrant';
import { tokenEndpoint } from './oauth/tokenEndpoint';
import { createIdentityReads } from './reads';
import { resolvers } from './resolvers';
import { DEFAULT_IDENTITY_SETTINGS, type IdentitySettings } from './config';
import { seedDemoData } from './store/demoSeed';
import { IDENTITY_MIGRATIONS, IDENTITY_SCHEMA } from './store/migrations';
import { WebhookSecretBox } from './feed/webhooks/secretBox';

export const typeDefs = subgraphTypeDefs('identity');
export { resolvers };

export interface IdentitySubgraphOptions extends SubgraphParts {
  customerMasterUrl: string;
  signingKey: SigningKey;
  /** Issuer and audience of the access tokens identity signs. */
  tokenAudience: TokenAudience;
  /** Where accounts, codes and sessions live; migrated at start. */
  database: DatabaseTarget;
  /** Key of the keyed hashes of codes, tokens and lockout subjects (at least 32 bytes). */
  hashKey: Buffer;
  settings?: Partial<IdentitySettings>;
  /** Seeds the demo states docs/demo-data.md lists; never in production. */
  seedDemoData?: boolean;
}

/**
 * The identity subgraph: customers from the customer master; registration, sign-in and
 * sessions over the account store; the public keys tokens are verified with and the OAuth
 * token endpoint (both served at the gateway's public origin).
 */
export async function createIdentitySubgraph(options: IdentitySubgraphOptions): Promise<Component> {
  if (options.production && options.seedDemoData) throw new Error('Demo data is never seeded in production.');
  const db = await openDatabase(options.database, 'identity', options.log, options.metrics);
  try {
    return await assemble(options, db);
  } catch (error) {
    await db.close();
    throw error;
  }
}

async function assemble(options: IdentitySubgraphOptions, db: Database): Promise<Component> {
  await migrate(db, { schema: IDENTITY_SCHEMA, migrations: IDENTITY_MIGRATIONS, log: options.log });
  await migrate(db, { schema: AUDIT_SCHEMA, migrations: AUDIT_MIGRATIONS, log: options.log });
  // Identity keeps the audit trail of every service: its own accesses are written here directly,
  // the other subgraphs deliver theirs to the ingest route below.
  const auditTrail = new AuditStore(db);
  const auditWriter = new StoreAuditWriter(auditTrail);
  const hasher = new KeyedHasher(options.hashKey);
  if (options.seedDemoData ?? !options.production) await seedDemoData(db, hasher);

  const http = new BackendClient({
    name: 'customer-master',
    baseUrl: options.customerMasterUrl,
    policy: options.backendPolicy,
    metrics: options.metrics,
    log: options.log,
  });
  const master = new CustomerMasterClient(http);
  const types = identityRecordTypes(master);
  const cache = recordCacheFor(options, 'identity');
  const settings = { ...DEFAULT_IDENTITY_SETTINGS, ...options.settings };
  const flows = createIdentityFlows({
    db,
    master,
    hasher,
    signingKey: options.signingKey,
    audience: options.tokenAudience,
    settings,
    revocations: options.revocations,
    passwordChecks: new Counter({
      name: 'identity_password_checks_total',
      help: 'Password checks at sign-in, decoy checks for unknown e-mail addresses included.',
      registers: [options.metrics.registry],
    }),
    log: options.log,
    evictCustomer: (customerId) => cache.invalidate(types.customer, [customerId]),
    production: options.production,
    webhookSecrets: new WebhookSecretBox(options.hashKey),
    audit: auditWriter,
  });

  const component = await createSubgraphServer<IdentityContext>({
    name: 'identity',
    typeDefs,
    resolvers,
    createContext: (base) => ({
      ...base,
      loaders: createIdentityLoaders(cache, types, base),
      flows,
      reads: createIdentityReads(flows.accounts, flows.contactChanges),
      auditTrail,
    }),
    tokenVerifier: options.tokenVerifier,
    log: options.log,
    metrics: options.metrics,
    production: options.production,
    maxEntityRepresentations: options.maxEntityRepresentations,
    audit: auditWriter,
    routes: [
      cacheInvalidationRoute(cache, Object.values(types)),
      auditIngestRoute({
        store: auditTrail,
        secret: options.serviceSecret,
        tokenVerifier: options.tokenVerifier,
        log: options.log,
      }),
      paperDecisionRoute({
        take: (decisions, requestId) => flows.paperDecisions(decisions, requestId),
        secret: options.serviceSecret,
      }),
      consentRoute({
        consentTimesOf: (customerIds) => flows.accounts.consentTimesOf(customerIds),
        secret: options.serviceSecret,
      }),
      {
        method: 'GET',
        path: '/.well-known/jwks.json',
        handler: ({ res }) =>
          sendJson(res, 200, { keys: options.signingKey.publicJwks }, { 'cache-control': 'public, max-age=300' }),
      },
      tokenEndpoint({
        refresh_token: refreshTokenGrant(flows.sessions),
        client_credentials: clientCredentialsGrant({
          clients: flows.brokerClients,
          signingKey: options.signingKey,
          audience: options.tokenAudience,
          ttlSeconds: settings.clientTokenTtlSeconds,
          log: options.log,
        }),
      }),
      ...brokerClientRoutes(flows.brokerClients, master),
      ...staffRoutes(flows.staff),
    ],
    onStop: async () => {
      await flows.contactChangeRedriver.stop();
      await flows.webhookDeliverer.stop();
      await flows.background.drain();
      await http.close();
      await options.cacheStore.close();
      await db.close();
    },
  });
  // Changes a crash (or an unavailable master) left unfinished are sent again now, then periodically.
  flows.contactChangeRedriver.start();
  // Offices' webhooks are delivered to from now on; replicas share the offices.
  flows.webhookDeliverer.start();
  return component;
}
