import { z } from 'zod';
import { ConfigError, env } from '../../platform/config';
import { CONSENTS_PATH } from '../../platform/consentLookup';
import { databaseConfigShape, databaseTargetFromConfig } from '../../platform/database/config';
import type { SubgraphParts } from '../../platform/graphql/subgraphParts';
import type { DocumentOffer } from './availability';
import { loadLinkSecret } from './links/linkSecret';
import type { DocumentsSubgraphOptions } from './server';

const DEFAULT_PUBLIC_BASE_URL = 'http://localhost:4000';
const MAX_LINK_TTL_SECONDS = 3_600;

/** The documents subgraph's own variables. */
export const documentsConfigShape = {
  DOCUMENT_ARCHIVE_URL: env.url().default('http://127.0.0.1:4104'),
  /** The customer master's policy index says who manages each contract. */
  CUSTOMER_MASTER_URL: env.url().default('http://127.0.0.1:4101'),
  /** Identity's internal consent lookup: when customers consented to digital documents. */
  CONSENTS_URL: env.url().default(`http://127.0.0.1:4001${CONSENTS_PATH}`),
  /** The gateway's public origin, which download links point at; required in production. */
  PUBLIC_BASE_URL: env.url().optional(),
  /** Base64 key (32+ bytes) download links are signed with; required in production. */
  DOCUMENT_URL_SECRET: z.string().optional(),
  /** How long a download link works. */
  DOCUMENT_URL_TTL_SECONDS: env
    .positiveInt(300)
    .pipe(z.number().max(MAX_LINK_TTL_SECONDS, `must be at most ${MAX_LINK_TTL_SECONDS}`)),
  /** docs/requirements.md §3.2: non-life documents are offered in the portal only once this is switched on. */
  NON_LIFE_DOCUMENTS_ENABLED: env.flag(false),
  ...databaseConfigShape,
};

export const documentsConfigSchema = z.object(documentsConfigShape);
export type DocumentsConfig = z.infer<typeof documentsConfigSchema>;

/**
 * The public origin download links point at: PUBLIC_BASE_URL, which production requires over
 * https (a link over plain http would carry its signature in the clear).
 */
export function publicBaseUrl(config: Pick<DocumentsConfig, 'PUBLIC_BASE_URL'>, production: boolean): URL {
  if (!config.PUBLIC_BASE_URL) {
    if (production)
      throw new ConfigError(
        'Invalid configuration:\n  PUBLIC_BASE_URL: required in production: the public https origin of the gateway (it is not set)',
      );
    return new URL(DEFAULT_PUBLIC_BASE_URL);
  }
  const url = new URL(config.PUBLIC_BASE_URL);
  if (production && url.protocol !== 'https:')
    throw new ConfigError('Invalid configuration:\n  PUBLIC_BASE_URL: must be an https URL in production');
  // Links are resolved against it, so it must end with a slash to keep a path prefix.
  return new URL(url.href.endsWith('/') ? url.href : `${url.href}/`);
}

export const offerFromConfig = (config: Pick<DocumentsConfig, 'NON_LIFE_DOCUMENTS_ENABLED'>): DocumentOffer => ({
  nonLifeDocumentsEnabled: config.NON_LIFE_DOCUMENTS_ENABLED,
});

/** The documents subgraph's options from its variables: backends, database, download links, what is offered. */
export async function documentsSubgraphOptions(
  parts: SubgraphParts,
  config: DocumentsConfig,
): Promise<DocumentsSubgraphOptions> {
  return {
    ...parts,
    archiveUrl: config.DOCUMENT_ARCHIVE_URL,
    customerMasterUrl: config.CUSTOMER_MASTER_URL,
    consentsUrl: config.CONSENTS_URL,
    database: databaseTargetFromConfig(config, 'documents', parts.production),
    links: {
      secret: await loadLinkSecret({ production: parts.production, configured: config.DOCUMENT_URL_SECRET }),
      publicBaseUrl: publicBaseUrl(config, parts.production),
      ttlSeconds: config.DOCUMENT_URL_TTL_SECONDS,
    },
    offer: offerFromConfig(config),
  };
}
