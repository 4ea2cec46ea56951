import type { ContractOwnership } from '../auth/access';

/**
 * Whose data reading these contracts reveals: each contract's policyholder and insured persons
 * (a broker reading a customer's contract also reads about the partner it insures).
 */
export function partiesOf(contracts: Iterable<ContractOwnership>): string[] {
  const parties = new Set<string>();
  for (const contract of contracts) {
    parties.add(contract.policyholderId);
    for (const insured of contract.insuredIds) parties.add(insured);
  }
  return [...parties];
}
