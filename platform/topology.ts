/**
 * The components of the system and their default ports, in one place for the start script,
 * composition, the gateway's defaults and the docker-compose check. `operatorPort` serves
 * /metrics and the detailed /health/ready (OPERATOR_PORT), never published.
 */
export const GATEWAY = { name: 'gateway', port: 4000, operatorPort: 4900, entry: 'gateway/index.ts' } as const;

/** The customer portal's server: the built pages and the browser's session, in front of the gateway. */
export const PORTAL = { name: 'portal', port: 4200, entry: 'portal/server/index.ts' } as const;

export const SUBGRAPHS = [
  {
    name: 'identity',
    port: 4001,
    operatorPort: 4901,
    entry: 'subgraphs/identity/index.ts',
    urlVariable: 'IDENTITY_URL',
  },
  { name: 'life', port: 4002, operatorPort: 4902, entry: 'subgraphs/life/index.ts', urlVariable: 'LIFE_URL' },
  { name: 'nonlife', port: 4003, operatorPort: 4903, entry: 'subgraphs/nonlife/index.ts', urlVariable: 'NONLIFE_URL' },
  {
    name: 'documents',
    port: 4004,
    operatorPort: 4904,
    entry: 'subgraphs/documents/index.ts',
    urlVariable: 'DOCUMENTS_URL',
  },
] as const;

export const LEGACY_BACKENDS = [
  {
    name: 'customer-master',
    port: 4101,
    operatorPort: 4911,
    entry: 'legacy/customer-master/index.ts',
    urlVariable: 'CUSTOMER_MASTER_URL',
  },
  {
    name: 'life-connect',
    port: 4102,
    operatorPort: 4912,
    entry: 'legacy/life-connect/index.ts',
    urlVariable: 'LIFE_CONNECT_URL',
  },
  {
    name: 'v-connect',
    port: 4103,
    operatorPort: 4913,
    entry: 'legacy/v-connect/index.ts',
    urlVariable: 'V_CONNECT_URL',
  },
  {
    name: 'document-archive',
    port: 4104,
    operatorPort: 4914,
    entry: 'legacy/document-archive/index.ts',
    urlVariable: 'DOCUMENT_ARCHIVE_URL',
  },
] as const;

export type LegacyBackendName = (typeof LEGACY_BACKENDS)[number]['name'];

/** A mocked backend's ports and entry. */
export function legacyBackend(name: LegacyBackendName): (typeof LEGACY_BACKENDS)[number] {
  const backend = LEGACY_BACKENDS.find((b) => b.name === name);
  if (!backend) throw new Error(`no legacy backend ${name}`);
  return backend;
}

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const localUrl = (port: number, path = ''): string => `http://127.0.0.1:${port}${path}`;
