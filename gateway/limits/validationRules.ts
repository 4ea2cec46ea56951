import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { queriesAndMutationsOnlyRule } from '../../platform/graphql/operationTypes';
import type { OperationLimits } from './operationLimits';

type Limit = 'depth' | 'aliases' | 'rootFields' | 'directives' | 'stringLength';

function limitError(message: string, limit: Limit, maximum: number): GraphQLError {
  return new GraphQLError(message, { extensions: { limit, maximum } });
}

/**
 * GraphQL Armor's rules throw out of graphql-js's validate() by default, which Apollo Server
 * answers with a 500; reported on the context instead, they become ordinary validation errors
 * (400, GRAPHQL_VALIDATION_FAILED) carrying which limit was hit.
 */
function reportAs(limit: Limit, maximum: number) {
  return {
    n: maximum,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        context?.reportError(limitError(error.message.replace(/^Syntax Error: /, ''), limit, maximum));
      },
    ],
  };
}

/** Root fields, following fragments on the root type; introspection fields do not count. */
function countRootFields(selectionSet: SelectionSetNode, context: ValidationContext, seen: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('__')) count++;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(selection.selectionSet, context, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += countRootFields(fragment.selectionSet, context, seen);
    }
  }
  return count;
}

function maxRootFieldsRule(maximum: number): ValidationRule {
  return (context): ASTVisitor => ({
    OperationDefinition(operation) {
      const count = countRootFields(operation.selectionSet, context, new Set());
      if (count > maximum)
        context.reportError(
          limitError(
            `An operation may select at most ${maximum} root fields; this one selects ${count}.`,
            'rootFields',
            maximum,
          ),
        );
    },
  });
}

function maxStringLiteralRule(maximum: number): ValidationRule {
  return (context): ASTVisitor => ({
    StringValue(node) {
      if (node.value.length > maximum)
        context.reportError(
          limitError(`A string argument may be at most ${maximum} characters long.`, 'stringLength', maximum),
        );
    },
  });
}

/** Limits that depend on the document alone, so Apollo Server caches their outcome with it. */
export function operationShapeRules(limits: OperationLimits): ValidationRule[] {
  return [
    maxDepthRule({ ...reportAs('depth', limits.maxDepth), ignoreIntrospection: true, flattenFragments: true }),
    // GraphQL Armor lets aliases of `__typename` through by default: 300 of them ran, each answered.
    maxAliasesRule({ ...reportAs('aliases', limits.maxAliases), allowList: [] }),
    maxDirectivesRule(reportAs('directives', limits.maxDirectives)),
    maxRootFieldsRule(limits.maxRootFields),
    maxStringLiteralRule(limits.maxStringLength),
    queriesAndMutationsOnlyRule(),
  ];
}
