import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { costEstimator, costModelFromSdl, type CostModel } from '../gateway/limits/costModel';
import { DEFAULT_OPERATION_LIMITS } from '../gateway/limits/operationLimits';
import { SUPERGRAPH_FILE } from '../scripts/supergraph';

/**
 * The gateway's cost estimate (demand control) as it reads the composed supergraph, for tests
 * that check how a subgraph's lists are sized.
 */
export function supergraphCost(): {
  model: CostModel;
  cost(query: string, variables?: Record<string, unknown>): number;
} {
  const sdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
  const schema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
  const model = costModelFromSdl(sdl);
  return {
    model,
    cost: (query, variables = {}) =>
      getComplexity({
        schema,
        query: parse(query),
        variables,
        estimators: [costEstimator(model, DEFAULT_OPERATION_LIMITS.defaultListSize)],
      }),
  };
}
