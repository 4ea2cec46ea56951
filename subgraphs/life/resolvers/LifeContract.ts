import type { Viewer } from '../../../platform/auth/viewer';
import { canReadBeneficiaryNames, canSeePartyProfile } from '../access';
import { loadVisibleContract } from '../visibleContracts';
import type { LifeContractResolvers, ResolversTypes } from '../generated/resolvers';
import { clauseLabel, fiscalRegimeLabel, guaranteeLabel, productLabel } from '../labels';
import type { LifeContract as LifeContractModel, LifeParty } from '../model';

function partyView(viewer: Viewer, contract: LifeContractModel, party: LifeParty): ResolversTypes['LifeContractParty'] {
  return {
    kind: party.kind,
    name: party.name,
    isYou: viewer.role === 'customer' && viewer.customerId === party.id,
    customer: canSeePartyProfile(viewer, contract, party) ? { id: party.id } : null,
  };
}

export const LifeContract: LifeContractResolvers = {
  __resolveReference: (reference, context) => loadVisibleContract(context, reference.id),

  product: (contract, _args, { language }) => ({
    kind: contract.kind,
    label: productLabel(contract.productCode, contract.productName, language),
    branch: contract.branch,
    policyType: contract.policyType,
    fiscalRegime: contract.fiscalRegime,
    fiscalRegimeLabel: fiscalRegimeLabel(contract.fiscalRegime, language),
  }),

  policyholder: (contract, _args, { viewer }) => partyView(viewer, contract, contract.policyholder),

  insured: (contract, _args, { viewer }) => contract.insured.map((party) => partyView(viewer, contract, party)),

  beneficiaries: (contract, _args, { viewer, language }) => {
    const names = canReadBeneficiaryNames(viewer, contract);
    return contract.beneficiaries.map(({ name, ...beneficiary }) => ({
      ...beneficiary,
      clauseLabel: clauseLabel(beneficiary.clause, language),
      name: names ? name : null,
      nameWithheld: !names && name !== null,
    }));
  },

  payment: (contract) => ({
    ...contract.payment,
    frequency: contract.premium.frequency,
    nextDueDate: contract.premium.nextDueDate ?? null,
  }),

  guarantees: (contract, _args, { language }) =>
    contract.guarantees.map((guarantee) => ({ ...guarantee, label: guaranteeLabel(guarantee.kind, language) })),
};
