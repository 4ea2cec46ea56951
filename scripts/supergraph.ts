import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { schemaDir } from '../platform/paths';
import { subgraphTypeDefs } from '../platform/schema';
import { SUBGRAPHS, localUrl } from '../platform/topology';

export const SUPERGRAPH_FILE = path.join(schemaDir, 'supergraph.graphql');

/**
 * Composes the subgraph SDLs in schema/ into a supergraph. The routing URLs are the local
 * defaults; the gateway overrides them from its configuration.
 */
export function composeSupergraph(): { supergraphSdl: string } | { errors: string[] } {
  const result = composeServices(
    SUBGRAPHS.map(({ name, port }) => ({ name, url: localUrl(port, '/graphql'), typeDefs: subgraphTypeDefs(name) })),
  );
  if (result.errors)
    return { errors: result.errors.map((error) => `${error.extensions['code'] ?? 'ERROR'}: ${error.message}`) };
  return { supergraphSdl: result.supergraphSdl };
}
