/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CustomerOverview {\n  me {\n    id\n    firstName\n    lastName\n    preferredLanguage\n    lifeContracts {\n      id\n      contractNumber\n      product {\n        kind\n        label\n      }\n      status\n      reserve {\n        amount\n        currency\n      }\n    }\n    nonLifeContracts {\n      id\n      contractNumber\n      product {\n        kind\n        label\n      }\n      status\n      premium {\n        amount\n        currency\n      }\n    }\n    documents {\n      id\n      type\n      title\n      year\n      issueDate\n    }\n  }\n}": typeof types.CustomerOverviewDocument,
    "query MyDocuments {\n  me {\n    id\n    documents {\n      id\n      type\n      title\n      year\n      issueDate\n    }\n  }\n}": typeof types.MyDocumentsDocument,
};
const documents: Documents = {
    "query CustomerOverview {\n  me {\n    id\n    firstName\n    lastName\n    preferredLanguage\n    lifeContracts {\n      id\n      contractNumber\n      product {\n        kind\n        label\n      }\n      status\n      reserve {\n        amount\n        currency\n      }\n    }\n    nonLifeContracts {\n      id\n      contractNumber\n      product {\n        kind\n        label\n      }\n      status\n      premium {\n        amount\n        currency\n      }\n    }\n    documents {\n      id\n      type\n      title\n      year\n      issueDate\n    }\n  }\n}": types.CustomerOverviewDocument,
    "query MyDocuments {\n  me {\n    id\n    documents {\n      id\n      type\n      title\n      year\n      issueDate\n    }\n  }\n}": types.MyDocumentsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerOverview {\n  me {\n    id\n    firstName\n    lastName\n    preferredLanguage\n    lifeContracts {\n      id\n      contractNumber\n      product {\n        kind\n        label\n      }\n      status\n      reserve {\n        amount\n        currency\n      }\n    }\n    nonLifeContracts {\n      id\n      contractNumber\n      product {\n        kind\n        label\n      }\n      status\n      premium {\n        amount\n        currency\n      }\n    }\n    documents {\n      id\n      type\n      title\n      year\n      issueDate\n    }\n  }\n}"): (typeof documents)["query CustomerOverview {\n  me {\n    id\n    firstName\n    lastName\n    preferredLanguage\n    lifeContracts {\n      id\n      contractNumber\n      product {\n        kind\n        label\n      }\n      status\n      reserve {\n        amount\n        currency\n      }\n    }\n    nonLifeContracts {\n      id\n      contractNumber\n      product {\n        kind\n        label\n      }\n      status\n      premium {\n        amount\n        currency\n      }\n    }\n    documents {\n      id\n      type\n      title\n      year\n      issueDate\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyDocuments {\n  me {\n    id\n    documents {\n      id\n      type\n      title\n      year\n      issueDate\n    }\n  }\n}"): (typeof documents)["query MyDocuments {\n  me {\n    id\n    documents {\n      id\n      type\n      title\n      year\n      issueDate\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;