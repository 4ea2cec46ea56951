import { DEFAULT_OPERATION_LIMITS } from '../../../gateway/limits/operationLimits';
import { supergraphCost } from '../../../test-support/supergraphCost';
import { CONTRACT_FIELDS, NOT_SHOWN_FIELDS, operation } from './support';

/** The non-life lists are sized for the gateway's cost estimate (demand control), as it reads the supergraph. */
describe('demand control of the non-life fields', () => {
  const { model, cost } = supergraphCost();

  it('carries the expected list sizes into the supergraph', () => {
    expect(model.fields.get('Customer.nonLifeContracts')?.assumedSize).toBe(6);
    expect(model.fields.get('Customer.contractsNotShown')?.assumedSize).toBe(4);
    expect(model.fields.get('NonLifeContract.guarantees')?.assumedSize).toBe(7);
  });

  it("estimates a customer's every non-life detail well within the limit, and prices each contract's guarantees by their expected number", () => {
    const everything = cost(
      `query { me { nonLifeContracts { ${CONTRACT_FIELDS} } contractsNotShown { ${NOT_SHOWN_FIELDS} } } }`,
    );
    expect(everything).toBeLessThanOrEqual(DEFAULT_OPERATION_LIMITS.maxCost / 2);
    const withoutGuarantees = cost(`query { me { nonLifeContracts { contractNumber } } }`);
    const withGuarantees = cost(`query { me { nonLifeContracts { contractNumber guarantees { code } } } }`);
    expect(withGuarantees - withoutGuarantees).toBe(7 * 6);
    expect(cost(operation('NonLifeContractDetails'), { id: 'V000000013' })).toBeLessThan(
      DEFAULT_OPERATION_LIMITS.maxCost / 10,
    );
  });
});
