import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLResolveInfo } from 'graphql';
import type { Viewer } from '../auth/viewer';
import type { RequestAudit } from './RequestAudit';

interface AuditedContext extends BaseContext {
  viewer: Viewer;
  audit: RequestAudit;
}

/** Gives each request's audit its operation's name once the operation is known (before anything runs). */
export function auditPlugin<TContext extends AuditedContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          contextValue.audit.nameOperation(operationName);
        },
      };
    },
  };
}

type FieldResolver = (parent: unknown, args: unknown, context: AuditedContext, info: GraphQLResolveInfo) => unknown;

/** The customer a mutation concerns before it runs: a customer's own; for anyone else the resolver names it, if it can. */
const ownCustomer = (viewer: Viewer): string | null => (viewer.role === 'customer' ? viewer.customerId : null);

function audited(field: string, resolve: FieldResolver): FieldResolver {
  return async (parent, args, context, info) => {
    await context.audit.mutation(`Mutation.${field}`, ownCustomer(context.viewer));
    return resolve(parent, args, context, info);
  };
}

/**
 * The resolver map with every Mutation field recorded in the audit trail before it runs: when
 * the record cannot be written, the mutation does not run (AUDIT_UNAVAILABLE). Applied by the
 * subgraph server to every subgraph, so a new mutation cannot be left out.
 */
export function withAuditedMutations(resolvers: object): object {
  const mutation: unknown = (resolvers as Record<string, unknown>)['Mutation'];
  if (mutation === undefined) return resolvers;
  if (typeof mutation !== 'object' || mutation === null)
    throw new Error('Mutation resolvers must be an object of field resolvers.');
  const wrapped = Object.fromEntries(
    Object.entries(mutation).map(([field, resolve]) => {
      if (typeof resolve !== 'function')
        throw new Error(`Mutation.${field} must be a resolver function, so that it can be audited.`);
      return [field, audited(field, resolve as FieldResolver)];
    }),
  );
  return { ...resolvers, Mutation: wrapped };
}
