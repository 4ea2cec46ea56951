import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type SelectionSetNode, type ValueNode } from 'graphql';
import { ErrorCode } from './errors';
import { rootFields } from './rootFields';

/**
 * Representations one request's `_entities` calls may carry. The gateway batches every entity of
 * a query plan step into one call, so a call holds at most a page of parents (MAX_PAGE_SIZE) or
 * the children of one (a portfolio page's contracts): the largest portfolio query within the cost
 * limit sent 79 in one call (entityBatchLimit.test.ts keeps it answering). 2,000 Customer
 * representations kept the life subgraph busy for seconds and once opened its Redis circuit.
 * Raise it with MAX_COST and MAX_PAGE_SIZE.
 */
export const DEFAULT_MAX_ENTITY_REPRESENTATIONS = 500;

/** How many items a `representations` argument holds, from the literal or the variable it names. */
function representationCount(value: ValueNode, variables: Record<string, unknown> | undefined): number {
  if (value.kind === Kind.LIST) return value.values.length;
  if (value.kind === Kind.VARIABLE) {
    const given = variables?.[value.name.value];
    return Array.isArray(given) ? given.length : given === undefined || given === null ? 0 : 1;
  }
  // A single value is coerced to a list of one.
  return 1;
}

/**
 * The representations the operation's root `_entities` calls carry together: aliases are calls of
 * their own, and calls inside fragments on the root type count like any other.
 */
function representationsIn(
  selectionSet: SelectionSetNode,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): number {
  let total = 0;
  for (const field of rootFields(selectionSet, document)) {
    if (field.name.value !== '_entities') continue;
    const argument = field.arguments?.find((candidate) => candidate.name.value === 'representations');
    if (argument) total += representationCount(argument.value, variables);
  }
  return total;
}

/**
 * Refuses an operation whose `_entities` calls carry more than `maximum` representations before
 * any is resolved: 400 `TOO_MANY_REPRESENTATIONS` with `extensions.limit`, `maximum` and
 * `actual`. Subgraphs sit behind the gateway, but any holder of a valid token who reaches one
 * could otherwise ask for thousands of backend reads in one request.
 */
export function entityBatchLimitPlugin<TContext extends BaseContext>(maximum: number): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation) return;
          const count = representationsIn(operation.selectionSet, document, request.variables);
          if (count <= maximum) return;
          throw new GraphQLError(
            `One request may resolve at most ${maximum} entity representations; this one has ${count}.`,
            {
              extensions: {
                code: ErrorCode.TOO_MANY_REPRESENTATIONS,
                limit: 'representations',
                maximum,
                actual: count,
                http: { status: 400, headers: new HeaderMap() },
              },
            },
          );
        },
      };
    },
  };
}
