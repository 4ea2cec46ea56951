import DataLoader from 'dataloader';
import { UnconfiguredAuditWriter } from '../../platform/audit/UnconfiguredAuditWriter';
import { BackendClient } from '../../platform/backend/BackendClient';
import { cacheInvalidationRoute } from '../../platform/cache/invalidationRoute';
import type { Component } from '../../platform/component';
import { openDatabase, type DatabaseTarget } from '../../platform/database/config';
import type { Database } from '../../platform/database/Database';
import { migrate } from '../../platform/database/migrate';
import { MAX_CONSENT_LOOKUP } from '../../platform/consentLookup';
import { recordCacheFor, type SubgraphParts } from '../../platform/graphql/subgraphParts';
import { createSubgraphServer } from '../../platform/graphql/subgraphServer';
import { subgraphTypeDefs } from '../../platform/schema';
import type { DocumentOffer } from './availability';
import { ConsentClient } from './backend/ConsentClient';
import { PaperDecisionClient } from './backend/PaperDecisionClient';
import { PaperDecisionRelay } from './feed/PaperDecisionRelay';
import { PaperDecisionOutbox } from './store/PaperDecisionOutbox';
import { SupportOpenings } from './store/SupportOpenings';
import { DocumentArchiveClient } from './backend/DocumentArchiveClient';
import { PolicyIndexClient } from './backend/PolicyIndexClient';
import type { DocumentsContext } from './context';
import { documentContentRoute } from './download/contentRoute';
import { DownloadLinks, type DownloadLinkSettings } from './links/DownloadLinks';
import { createDocumentLoaders, documentRecordTypes } from './loaders';
import { resolvers } from './resolvers';
import { DOCUMENTS_MIGRATIONS, DOCUMENTS_SCHEMA } from './store/migrations';
import { PaperRequestStore } from './store/PaperRequestStore';
import { DocumentRequestStore } from './store/DocumentRequestStore';

export const typeDefs = subgraphTypeDefs('documents');
export { resolvers };

export interface DocumentsSubgraphOptions extends SubgraphParts {
  archiveUrl: string;
  /** The customer master, whose policy index says who holds and who manages each contract. */
  customerMasterUrl: string;
  /** Identity's internal consent lookup (platform/consentLookup.ts), e.g. http://identity:4001/internal/consents. */
  consentsUrl: string;
  /** Where paper-delivery and document requests live; migrated at start. */
  database: DatabaseTarget;
  /** Signing key, public origin and lifetime of download links. */
  links: DownloadLinkSettings;
  /** How often decisions not yet in the broker feeds are relayed again (5 s unless given). */
  paperDecisionRelayPollMs?: number;
  /** Which documents the portal offers; life documents only unless given. */
  offer?: DocumentOffer;
}

/**
 * The documents subgraph: tax certificates, overviews and other PDFs from the document archive,
 * each listed only for callers who may see its contract; short-lived download links and the
 * download itself; how each customer receives documents, with paper-delivery requests kept in
 * PostgreSQL.
 */
export async function createDocumentsSubgraph(options: DocumentsSubgraphOptions): Promise<Component> {
  const db = await openDatabase(options.database, 'documents', options.log, options.metrics);
  try {
    return await assemble(options, db);
  } catch (error) {
    await db.close();
    throw error;
  }
}

async function assemble(options: DocumentsSubgraphOptions, db: Database): Promise<Component> {
  await migrate(db, { schema: DOCUMENTS_SCHEMA, migrations: DOCUMENTS_MIGRATIONS, log: options.log });
  const links = new DownloadLinks(options.links);
  const offer = options.offer ?? { nonLifeDocumentsEnabled: false };
  const paperRequests = new PaperRequestStore(db);
  const supportOpenings = new SupportOpenings(db);
  const documentRequests = new DocumentRequestStore(db);
  const archiveHttp = new BackendClient({
    name: 'document-archive',
    baseUrl: options.archiveUrl,
    policy: options.backendPolicy,
    metrics: options.metrics,
    log: options.log,
  });
  const masterHttp = new BackendClient({
    name: 'customer-master',
    baseUrl: options.customerMasterUrl,
    policy: options.backendPolicy,
    metrics: options.metrics,
    log: options.log,
  });
  const consentsUrl = new URL(options.consentsUrl);
  const identityHttp = new BackendClient({
    name: 'identity',
    baseUrl: consentsUrl.origin,
    policy: options.backendPolicy,
    metrics: options.metrics,
    log: options.log,
  });
  const consentClient = new ConsentClient(identityHttp, consentsUrl.pathname, options.serviceSecret);
  const paperDecisionRelay = new PaperDecisionRelay(
    new PaperDecisionOutbox(db),
    new PaperDecisionClient(identityHttp, options.serviceSecret),
    options.log.child({ part: 'paper-decision-relay' }),
    options.paperDecisionRelayPollMs ?? 5000,
  );
  const archive = new DocumentArchiveClient(archiveHttp);
  const policyIndex = new PolicyIndexClient(masterHttp);
  const types = documentRecordTypes(archive, policyIndex);
  const cache = recordCacheFor(options, 'documents');

  const component = await createSubgraphServer<DocumentsContext>({
    name: 'documents',
    typeDefs,
    resolvers,
    createContext: (base) => ({
      ...base,
      loaders: createDocumentLoaders(cache, types, base),
      offer,
      links,
      linkExpires: links.expiryFrom(Date.now()),
      paperRequests,
      supportOpenings,
      relayPaperDecisions: () => paperDecisionRelay.kick(),
      latestPaperRequests: new DataLoader(async (customerIds: readonly string[]) => {
        const latest = await paperRequests.latestOf(customerIds);
        return customerIds.map((id) => latest.get(id) ?? null);
      }),
      documentRequests,
      customerDocumentRequests: new DataLoader(async (customerIds: readonly string[]) => {
        const requests = await documentRequests.ofCustomers(customerIds);
        return customerIds.map((id) => requests.get(id) ?? []);
      }),
      consents: new DataLoader(
        async (customerIds: readonly string[]) => {
          const times = await consentClient.consentTimesOf(customerIds, base.requestId);
          return customerIds.map((id) => times.get(id) ?? null);
        },
        { maxBatchSize: MAX_CONSENT_LOOKUP },
      ),
    }),
    tokenVerifier: options.tokenVerifier,
    log: options.log,
    metrics: options.metrics,
    production: options.production,
    maxEntityRepresentations: options.maxEntityRepresentations,
    audit: options.audit,
    routes: [
      cacheInvalidationRoute(cache, Object.values(types)),
      documentContentRoute({
        tokenVerifier: options.tokenVerifier,
        links,
        cache,
        types,
        policyIndex,
        archive,
        offer,
        supportOpenings,
        audit: options.audit ?? new UnconfiguredAuditWriter('documents'),
        log: options.log.child({ part: 'download' }),
      }),
    ],
    onStop: async () => {
      await paperDecisionRelay.stop();
      await archiveHttp.close();
      await masterHttp.close();
      await identityHttp.close();
      await options.cacheStore.close();
      await db.close();
    },
  });
  // Decisions a crash or an identity outage left unrelayed go now, then periodically.
  paperDecisionRelay.start();
  return component;
}
