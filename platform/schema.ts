import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import { schemaDir } from './paths';

/** A subgraph's SDL from schema/, the single source of truth for its schema. */
export function subgraphSdl(name: string): string {
  return readFileSync(path.join(schemaDir, `${name}.graphql`), 'utf8');
}

export function subgraphTypeDefs(name: string): DocumentNode {
  return parse(subgraphSdl(name));
}
