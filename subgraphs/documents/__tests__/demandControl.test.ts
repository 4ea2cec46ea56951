import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { costEstimator, costModelFromSdl, slicingArguments } from '../../../gateway/limits/costModel';
import { DEFAULT_OPERATION_LIMITS } from '../../../gateway/limits/operationLimits';
import { projectRoot } from '../../../platform/paths';
import { SUPERGRAPH_FILE } from '../../../scripts/supergraph';
import { MAX_PAGE_SIZE } from '../pagination';

/** The documents lists are sized for the gateway's cost estimate (demand control), as it reads the supergraph. */
describe('demand control of the documents fields', () => {
  const sdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
  const schema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
  const model = costModelFromSdl(sdl);
  const cost = (query: string, variables: Record<string, unknown> = {}): number =>
    getComplexity({
      schema,
      query: parse(query),
      variables,
      estimators: [costEstimator(model, DEFAULT_OPERATION_LIMITS.defaultListSize)],
    });
  const operation = (name: string): string => readFileSync(`${projectRoot}/operations/${name}.graphql`, 'utf8');

  it('prices a page of documents at its largest size, and pages by `first`, which the page-size limit covers', () => {
    for (const field of [
      'Customer.documents',
      'LifeContract.documents',
      'NonLifeContract.documents',
      'Query.paperDeliveryRequests',
    ]) {
      expect(model.fields.get(field)?.slicingArguments).toEqual(['first']);
    }
    expect(model.fields.get('DocumentConnection.nodes')?.assumedSize).toBe(MAX_PAGE_SIZE);
    expect(model.fields.get('PaperDeliveryRequestConnection.nodes')?.assumedSize).toBe(MAX_PAGE_SIZE);
    expect(model.fields.get('Customer.documentDelivery')?.weight).toBe(2);
    expect(slicingArguments(model).has('first')).toBe(true);
  });

  it("keeps the portal's document operations well within the limit, and prices each document's contract", () => {
    const withoutContract = cost('query { me { documents { nodes { id title } } } }');
    const withContract = cost(
      'query { me { documents { nodes { id title contract { ... on LifeContract { id } } } } } }',
    );
    expect(withContract - withoutContract).toBe(MAX_PAGE_SIZE);
    for (const name of ['MyDocuments', 'MyDocumentDelivery', 'CustomerOverview', 'PaperDeliveryRequests']) {
      expect(cost(operation(name), { first: 50 })).toBeLessThanOrEqual(DEFAULT_OPERATION_LIMITS.maxCost / 2);
    }
  });
});
