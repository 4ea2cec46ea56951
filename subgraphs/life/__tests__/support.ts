import { askFor, representations } from '../../../test-support/callers';

/** The life subgraph's operations for its end-to-end tests; callers and `ask` are shared in test-support/callers.ts. */

export { codes, customers, money, tokenFor, type Caller, type Role } from '../../../test-support/callers';

export const CONTRACT_FIELDS = /* GraphQL */ `
  id
  contractNumber
  product { kind label branch policyType fiscalRegime fiscalRegimeLabel }
  status
  startDate
  endDate
  expiryDate
  policyholder { kind name isYou customer { id } }
  insured { kind name isYou customer { id } }
  premium { amount { amount currency } frequency nextDueDate }
  reserve { amount currency }
  reserveValuationDate
  surrenderValue { amount currency }
  guaranteedRate
  profitSharing { acquired { amount currency } thisYear { amount currency } rate }
  funds { code name units unitPrice { amount currency date } value { amount currency } share }
  beneficiaries { event clause clauseLabel rank share name nameWithheld }
  guarantees { kind label isMain insuredAmount { amount currency } }
`;

export const CUSTOMER_ENTITIES = /* GraphQL */ `
  query CustomerLife($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Customer { id lifeContracts { ${CONTRACT_FIELDS} } } }
  }
`;

export const NOT_SHOWN_ENTITIES = /* GraphQL */ `
  query CustomerLifeNotShown($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Customer {
        id
        lifeContractsNotShown {
          contractNumber
          domain
          productLabel
          reason
          explanation
          expectedAvailability
        }
      }
    }
  }
`;

export const CONTRACT_ENTITIES = /* GraphQL */ `
  query LifeContractEntities($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on LifeContract { ${CONTRACT_FIELDS} } }
  }
`;

export const contracts = (...ids: string[]) => representations('LifeContract', ...ids);

/** Sends an operation to the gateway, or with `subgraph: true` straight to the life subgraph (as a router would). */
export const ask = askFor('life');
