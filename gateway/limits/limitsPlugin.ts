import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import {
  GraphQLError,
  getArgumentValues,
  getVariableValues,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { ErrorCode } from '../../platform/graphql/errors';
import { costEstimator, sizedListSizes, slicingArguments, type CostModel } from './costModel';
import { PAGINATION_ARGUMENTS, type OperationLimits } from './operationLimits';

/** Selections the cost estimate walks before giving up: fragments are expanded, so a fragment bomb stops here. */
const MAX_EVALUATED_NODES = 10_000;

const badRequest = (): { status: number; headers: HeaderMap } => ({ status: 400, headers: new HeaderMap() });

function tooExpensive(maximum: number, actual: number | undefined): GraphQLError {
  const found = actual === undefined ? 'more' : String(actual);
  return new GraphQLError(
    `The operation's estimated cost (${found}) exceeds the limit of ${maximum}; ask for fewer items or fewer fields.`,
    {
      extensions: {
        code: ErrorCode.COST_ESTIMATED_TOO_EXPENSIVE,
        limit: 'cost',
        maximum,
        ...(actual === undefined ? {} : { actual }),
        http: badRequest(),
      },
    },
  );
}

function noSuchOperation(named: boolean): GraphQLError {
  const message = named
    ? 'The document has no operation of that name.'
    : 'The document holds several operations: send operationName to pick one.';
  return new GraphQLError(message, {
    extensions: { code: ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE, http: badRequest() },
  });
}

function badInput(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...extensions, http: badRequest() },
  });
}

/** How deeply variables may nest (no input type of ours comes near): deeper would exhaust the stack of graphql-js's coercion. */
const MAX_VARIABLES_DEPTH = 32;

/**
 * The longest string anywhere in the variables and how deeply they nest, walked without
 * recursion (the body limit bounds how much there is to walk).
 */
function variablesShape(value: unknown): { longestString: number; depth: number } {
  let longest = 0;
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length) {
    const [item, depth] = pending.pop() as [unknown, number];
    deepest = Math.max(deepest, depth);
    if (typeof item === 'string') longest = Math.max(longest, item.length);
    else if (item !== null && typeof item === 'object')
      for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return { longestString: longest, depth: deepest };
}

/** The first pagination argument above the cap, with variables and defaults applied. */
function oversizedPage(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  names: ReadonlySet<string>,
  maximum: number,
): { argument: string; value: number } | undefined {
  const typeInfo = new TypeInfo(schema);
  let found: { argument: string; value: number } | undefined;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const definition = typeInfo.getFieldDef();
        if (!definition || found || !node.arguments?.some((arg) => names.has(arg.name.value))) return;
        const args = getArgumentValues(definition, node, variables);
        for (const name of names) {
          const value = args[name];
          if (typeof value === 'number' && value > maximum) found = { argument: name, value };
        }
      },
    }),
  );
  return found;
}

export interface LimitsPluginOptions<TContext> {
  limits: OperationLimits;
  costModel: CostModel;
  /**
   * When given, the cost model follows the supergraph the gateway serves: rebuilt from each new
   * composition (gateway/supergraphSource.ts swaps them in), so a new field's `@cost` and
   * `@listSize` count from the first request it serves.
   */
  costModelOf?: (supergraphSdl: string) => CostModel;
  /** The cost limit for this caller; `limits.maxCost` for everyone unless given. */
  costLimitOf?: (context: TContext) => number;
}

/**
 * A refusal is kept as the means to make its error (each request gets an error of its own); an
 * operation within the other limits is kept with its estimated cost, which each caller's cost
 * limit is then held against.
 */
type Verdict = { error: () => GraphQLError } | { cost: number };

/** Verdicts kept per document and variables: the same operation asked again is not estimated again. */
const VERDICT_CACHE_ENTRIES = 5_000;
/** Variables longer than this (as JSON) are checked every time rather than kept as a cache key. */
const MAX_CACHED_VARIABLES_CHARS = 1_000;

/**
 * The limits that depend on the variables as well as the document (cost, page sizes, string
 * lengths): checked once the operation is resolved, before @apollo/gateway plans it. Variables
 * that do not coerce are left to the gateway, which rejects them before planning too.
 */
export function operationLimitsPlugin<TContext extends BaseContext>({
  limits,
  costModel: initialCostModel,
  costModelOf,
  costLimitOf = () => limits.maxCost,
}: LimitsPluginOptions<TContext>): ApolloServerPlugin<TContext> {
  let costModel = initialCostModel;
  let pageArguments = new Set([...PAGINATION_ARGUMENTS, ...slicingArguments(costModel)]);
  const verdicts = new LRUCache<string, Verdict>({ max: VERDICT_CACHE_ENTRIES });
  let servedSupergraph: string | undefined;

  function verdict(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    raw: Record<string, unknown>,
  ): Verdict {
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], raw, { maxErrors: 1 });
    if (coerced.errors) return { cost: 0 };
    const page = oversizedPage(schema, document, coerced.coerced, pageArguments, limits.maxPageSize);
    if (page) {
      return {
        error: () =>
          badInput(`\`${page.argument}\` may be at most ${limits.maxPageSize}; ask for the next page instead.`, {
            argument: page.argument,
            limit: 'pageSize',
            maximum: limits.maxPageSize,
          }),
      };
    }
    let cost: number;
    try {
      const estimators = [
        costEstimator(costModel, limits.defaultListSize, sizedListSizes(costModel, schema, document, coerced.coerced)),
      ];
      cost = getComplexity({
        schema,
        query: document,
        variables: raw,
        estimators,
        ...(operation.name ? { operationName: operation.name.value } : {}),
        maxQueryNodes: MAX_EVALUATED_NODES,
      });
    } catch {
      // Only the node bound throws here (variables already coerced): a fragment bomb.
      return { error: () => tooExpensive(limits.maxCost, undefined) };
    }
    return { cost };
  }

  return {
    async serverWillStart() {
      if (!costModelOf) return;
      return {
        schemaDidLoadOrUpdate({ coreSupergraphSdl }) {
          if (coreSupergraphSdl === undefined || coreSupergraphSdl === servedSupergraph) return;
          servedSupergraph = coreSupergraphSdl;
          costModel = costModelOf(coreSupergraphSdl);
          pageArguments = new Set([...PAGINATION_ARGUMENTS, ...slicingArguments(costModel)]);
          // Verdicts were reached under the previous composition's costs.
          verdicts.clear();
        },
      };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema, queryHash, contextValue }) {
          // @apollo/gateway would answer a missing operation with a 500.
          if (!operation) throw noSuchOperation(request.operationName !== undefined && request.operationName !== null);
          const raw = request.variables ?? {};
          const shape = variablesShape(raw);
          if (shape.longestString > limits.maxStringLength) {
            throw badInput(`A string variable may be at most ${limits.maxStringLength} characters long.`, {
              limit: 'stringLength',
              maximum: limits.maxStringLength,
            });
          }
          if (shape.depth > MAX_VARIABLES_DEPTH) {
            throw badInput(`Variables may nest at most ${MAX_VARIABLES_DEPTH} levels deep.`, {
              limit: 'variablesDepth',
              maximum: MAX_VARIABLES_DEPTH,
            });
          }
          const variables = JSON.stringify(raw);
          // Hashed, so no variable value (an e-mail address, say) stays in memory as a key.
          const key =
            variables.length <= MAX_CACHED_VARIABLES_CHARS
              ? createHash('sha256')
                  .update(`${queryHash}\u0000${operation.name?.value ?? ''}\u0000${variables}`)
                  .digest('base64url')
              : undefined;
          let result = key === undefined ? undefined : verdicts.get(key);
          if (!result) {
            result = verdict(schema, document, operation, raw);
            if (key !== undefined) verdicts.set(key, result);
          }
          if ('error' in result) throw result.error();
          const maximum = costLimitOf(contextValue);
          if (result.cost > maximum) throw tooExpensive(maximum, result.cost);
        },
      };
    },
  };
}
