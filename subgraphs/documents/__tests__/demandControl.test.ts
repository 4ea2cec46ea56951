import { slicingArguments } from '../../../gateway/limits/costModel';
import { DEFAULT_OPERATION_LIMITS } from '../../../gateway/limits/operationLimits';
import { operation } from '../../../test-support/callers';
import { supergraphCost } from '../../../test-support/supergraphCost';
import { MAX_PAGE_SIZE } from '../pagination';

/** The documents lists are sized for the gateway's cost estimate (demand control), as it reads the supergraph. */
describe('demand control of the documents fields', () => {
  const { model, cost } = supergraphCost();

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
