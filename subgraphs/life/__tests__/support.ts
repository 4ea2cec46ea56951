import type { GraphQLResult, RunningSystem } from '../../../test-support/system';

/** Helpers for the life subgraph's end-to-end tests: operations through the gateway and straight to the subgraph. */

export type Role = 'customer' | 'broker' | 'support';

export interface Caller {
  role: Role;
  id: string;
}

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

export const customers = (...ids: string[]) => ({ representations: ids.map((id) => ({ __typename: 'Customer', id })) });
export const contracts = (...ids: string[]) => ({
  representations: ids.map((id) => ({ __typename: 'LifeContract', id })),
});

export async function tokenFor(system: RunningSystem, caller: Caller | undefined): Promise<string | undefined> {
  return caller ? system.token(caller.role, caller.id) : undefined;
}

/** Sends an operation to the gateway, or with `subgraph: true` straight to the life subgraph (as a router would). */
export async function ask(
  system: RunningSystem,
  caller: Caller | undefined,
  query: string,
  options: { variables?: Record<string, unknown>; language?: string; subgraph?: boolean } = {},
): Promise<GraphQLResult> {
  const token = await tokenFor(system, caller);
  return system.query(query, {
    ...(token ? { token } : {}),
    ...(options.variables ? { variables: options.variables } : {}),
    headers: options.language ? { 'accept-language': options.language } : {},
    ...(options.subgraph ? { url: system.subgraphUrls.life } : {}),
  });
}

/** The error codes of a response, in order. */
export const codes = (result: GraphQLResult): unknown[] =>
  (result.body.errors ?? []).map((error) => error.extensions?.['code']);

/** Cents as the graph writes money: a decimal string with two decimals. */
export const money = (cents: number | null): { amount: string; currency: string } | null =>
  cents === null ? null : { amount: (cents / 100).toFixed(2), currency: 'EUR' };
