import { GraphQLError, OperationTypeNode, type ASTVisitor, type ValidationRule } from 'graphql';

/**
 * The graph serves queries and mutations over HTTP; it has no subscription type and no transport
 * for one. graphql-js finds nothing to validate in a subscription against a schema without that
 * root type, so without this rule it fails later, in execution (a 500 at the gateway, with a stack
 * outside production). As a validation error it is a 400 GRAPHQL_VALIDATION_FAILED, at the
 * gateway and at every subgraph.
 */
export function queriesAndMutationsOnlyRule(): ValidationRule {
  return (context): ASTVisitor => ({
    OperationDefinition(operation) {
      if (operation.operation === OperationTypeNode.SUBSCRIPTION)
        context.reportError(
          new GraphQLError('Subscriptions are not supported; send a query or a mutation.', { nodes: operation }),
        );
    },
  });
}
