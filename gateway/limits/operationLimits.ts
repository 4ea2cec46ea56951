/** What one operation may ask of the gateway; every limit is checked before the query is planned. */
export interface OperationLimits {
  /** Nesting of selections (fragments count as their fields' depth). */
  maxDepth: number;
  maxAliases: number;
  /** Root fields in one operation (aliases of the same field count each). */
  maxRootFields: number;
  maxDirectives: number;
  /** Lexical tokens in the document, enforced while parsing. */
  maxTokens: number;
  /** Estimated cost (demand control, see costModel.ts) for customers, support staff and anonymous callers. */
  maxCost: number;
  /**
   * Estimated cost for broker tokens (a broker's user or system): a portfolio page of 50
   * customers with the contracts their office manages costs about 2,000, over `maxCost`.
   */
  maxBrokerCost: number;
  /** Largest value of a pagination argument (`first`, `last`, `limit`, `pageSize` or a @listSize slicing argument). */
  maxPageSize: number;
  /** Longest string accepted in a variable or an inline argument. */
  maxStringLength: number;
  /** Assumed length of a list field without @listSize, for the cost estimate. */
  defaultListSize: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxRootFields: 10,
  maxDirectives: 20,
  maxTokens: 1_000,
  maxCost: 1_000,
  maxBrokerCost: 3_000,
  maxPageSize: 100,
  maxStringLength: 2_000,
  defaultListSize: 10,
};

export const PAGINATION_ARGUMENTS: readonly string[] = ['first', 'last', 'limit', 'pageSize'];
