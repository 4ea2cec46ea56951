import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Universe } from '../../legacy/shared/data/universe';
import { supergraphCost } from '../../test-support/supergraphCost';
import { DEFAULT_OPERATION_LIMITS } from '../limits/operationLimits';

/**
 * The cost model's list sizes are what the data holds, not guesses: each assumed size covers at
 * least 99 % of the lists in a generated population, so a page's estimate is near what it fetches.
 * If the data generator changes, these fail and the sizes in schema/*.graphql follow the data.
 */
const POPULATION = 5_000;
const universe = new Universe({ customers: POPULATION, seed: 'customer-graph', referenceDate: '2026-06-30' });
const { model, cost } = supergraphCost();

/** The share of `counts` above `size`. */
function shareAbove(counts: readonly number[], size: number): number {
  return counts.filter((count) => count > size).length / counts.length;
}

const customers = Array.from({ length: POPULATION }, (_, index) => index);

describe('list sizes in the cost model', () => {
  it('assumes 4 life contracts per customer, which covers 99 % of customers', () => {
    expect(model.fields.get('Customer.lifeContracts')?.assumedSize).toBe(4);
    const counts = customers.map((index) => universe.contractRolesOf(index, 'life').length);
    expect(shareAbove(counts, 4)).toBeLessThan(0.01);
    expect(shareAbove(counts, 3)).toBeGreaterThan(0.01);
  });

  it('assumes 6 non-life contracts per customer, which covers 99 % of customers', () => {
    expect(model.fields.get('Customer.nonLifeContracts')?.assumedSize).toBe(6);
    const counts = customers.map((index) => universe.contractRolesOf(index, 'nonlife').length);
    expect(shareAbove(counts, 6)).toBeLessThan(0.01);
    expect(shareAbove(counts, 5)).toBeGreaterThan(0.01);
  });

  it('assumes 7 guarantees per non-life contract, which covers 99 % of contracts', () => {
    expect(model.fields.get('NonLifeContract.guarantees')?.assumedSize).toBe(7);
    const counts = customers
      .slice(0, 1_000)
      .flatMap((index) => universe.contractRolesOf(index, 'nonlife'))
      .map((roles) => universe.nonLifeContract(roles.contractNumber)?.guarantees.length ?? 0);
    expect(shareAbove(counts, 7)).toBeLessThan(0.01);
    expect(shareAbove(counts, 6)).toBeGreaterThan(0.01);
  });
});

describe("a broker system's portfolio page", () => {
  const page = readFileSync(path.join(__dirname, '../../operations/BrokerPortfolioPage.graphql'), 'utf8');

  it('of 50 customers with their contracts fits the brokers cost limit, not the general one', () => {
    const estimate = cost(page, { first: 50 });
    expect(estimate).toBeGreaterThan(DEFAULT_OPERATION_LIMITS.maxCost);
    expect(estimate).toBeLessThanOrEqual(DEFAULT_OPERATION_LIMITS.maxBrokerCost);
  });
});
