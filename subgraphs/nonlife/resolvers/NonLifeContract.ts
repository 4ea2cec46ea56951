import { nextPremiumDueDate } from '../backend/mapper';
import type { NonLifeContractResolvers } from '../generated/resolvers';
import { kindLabel } from '../labels';
import { loadVisibleContract } from '../visibleContracts';

export const NonLifeContract: NonLifeContractResolvers = {
  __resolveReference: (reference, context) => loadVisibleContract(context, reference.id),

  product: (contract, _args, context) => ({
    kind: contract.kind,
    label: kindLabel(contract.kind, context.language),
    branch: contract.branch,
  }),

  payment: (contract, _args, { today }) => ({
    ...contract.payment,
    frequency: contract.premiumFrequency,
    nextDueDate: nextPremiumDueDate(contract, today),
  }),
};
