/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a contract stands in its life cycle. */
export type ContractStatus =
  /** Cancelled before its term. */
  | 'CANCELLED'
  /** In force. */
  | 'RUNNING'
  /** Temporarily not in force (e.g. unpaid premiums). */
  | 'SUSPENDED'
  /** Ended at its term or by surrender. */
  | 'TERMINATED';

/** Kinds of documents in the archive. */
export type DocumentType =
  /** Yearly overview of a life contract. */
  | 'ANNUAL_OVERVIEW'
  /** Claims-history certificate (the last five years). */
  | 'CLAIMS_HISTORY_CERTIFICATE'
  /** Green card (international motor insurance card). */
  | 'GREEN_CARD'
  /** The policy or an amendment. */
  | 'POLICY'
  /** Certificate of the profit sharing allocated. */
  | 'PROFIT_SHARING_CERTIFICATE'
  /** Proof that premiums were paid. */
  | 'PROOF_OF_PREMIUM_PAYMENT'
  /** Tax certificate (fiscal attest, e.g. for pension savings). */
  | 'TAX_CERTIFICATE';

/** Languages of correspondence (Belgium's three official languages). */
export type Language =
  /** German */
  | 'DE'
  /** French */
  | 'FR'
  /** Dutch */
  | 'NL';

/** Kinds of life product, as the portal groups them. */
export type LifeProductKind =
  /** Cover paying out on death. */
  | 'DEATH_COVER'
  /** Disability income cover. */
  | 'GUARANTEED_INCOME'
  /** Unit-linked investment products (branch 23). */
  | 'INVESTMENT'
  /** Pension products: pension savings, VAPZ, IPT. */
  | 'PENSION'
  /** Savings products with a guaranteed rate (branch 21) or capitalisation (branch 26). */
  | 'SAVINGS';

/** Kinds of non-life product shown in the portal. */
export type NonLifeProductKind =
  /** Family civil liability. */
  | 'FAMILY_LIABILITY'
  /** Home insurance (building and contents). */
  | 'FIRE'
  /** Legal assistance. */
  | 'LEGAL_ASSISTANCE'
  /** Car insurance. */
  | 'MOTOR'
  /** Motorcycle insurance. */
  | 'MOTORCYCLE'
  /** Accidents in private life. */
  | 'PRIVATE_LIFE_ACCIDENT';

export type CustomerOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerOverviewQuery = { me: { id: string, firstName: string, lastName: string, preferredLanguage: Language, lifeContracts: Array<{ id: string, contractNumber: string, status: ContractStatus, product: { kind: LifeProductKind, label: string }, reserve: { amount: string, currency: string } | null }> | null, nonLifeContracts: Array<{ id: string, contractNumber: string, status: ContractStatus, product: { kind: NonLifeProductKind, label: string }, premium: { amount: string, currency: string } }> | null, documents: Array<{ id: string, type: DocumentType, title: string, year: number, issueDate: string }> | null } | null };

export type MyDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDocumentsQuery = { me: { id: string, documents: Array<{ id: string, type: DocumentType, title: string, year: number, issueDate: string }> | null } | null };


export const CustomerOverviewDocument = {"__meta__":{"hash":"sha256:52c69d9e526c90e4c981801d6ca0b21da680d69220a85fc38ccc59b6372b0537"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"lifeContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reserve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonLifeContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"premium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerOverviewQuery, CustomerOverviewQueryVariables>;
export const MyDocumentsDocument = {"__meta__":{"hash":"sha256:76e56db781da9e348b91c8a311956736b380953faa3921dad2dd25eb7dccd108"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}}]}}]}}]}}]} as unknown as DocumentNode<MyDocumentsQuery, MyDocumentsQueryVariables>;