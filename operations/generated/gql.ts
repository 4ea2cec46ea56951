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
    "mutation RefreshSession($input: RefreshSessionInput!) {\n  refreshSession(input: $input) {\n    __typename\n    ... on Session {\n      accessToken\n      tokenType\n      expiresIn\n      refreshToken\n      refreshTokenExpiresIn\n      customerId\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}": typeof types.RefreshSessionDocument,
    "mutation RegisterWithActivationCode($input: RegisterWithActivationCodeInput!) {\n  registerWithActivationCode(input: $input) {\n    __typename\n    ... on Registered {\n      customerId\n      consentedToDigitalDocumentsAt\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on CodeRejected {\n      attemptsLeft\n    }\n    ... on LockedOut {\n      retryAt\n      retryAfterSeconds\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}": typeof types.RegisterWithActivationCodeDocument,
    "mutation RegisterWithIdentityProvider($input: RegisterWithIdentityProviderInput!) {\n  registerWithIdentityProvider(input: $input) {\n    __typename\n    ... on Session {\n      accessToken\n      tokenType\n      expiresIn\n      refreshToken\n      refreshTokenExpiresIn\n      customerId\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}": typeof types.RegisterWithIdentityProviderDocument,
    "mutation RequestActivationCode($input: RequestActivationCodeInput!) {\n  requestActivationCode(input: $input) {\n    __typename\n    ... on ActivationCodeSent {\n      validUntil\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}": typeof types.RequestActivationCodeDocument,
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input) {\n    __typename\n    ... on PasswordResetRequested {\n      message\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}": typeof types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    __typename\n    ... on PasswordChanged {\n      message\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on CodeRejected {\n      attemptsLeft\n    }\n    ... on LockedOut {\n      retryAt\n      retryAfterSeconds\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}": typeof types.ResetPasswordDocument,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    __typename\n    ... on OneTimeCodeSent {\n      challengeId\n      maskedMobileNumber\n      validUntil\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on InvalidCredentials {\n      attemptsLeft\n    }\n    ... on LockedOut {\n      retryAt\n      retryAfterSeconds\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}": typeof types.SignInDocument,
    "mutation SignInWithIdentityProvider($input: SignInWithIdentityProviderInput!) {\n  signInWithIdentityProvider(input: $input) {\n    __typename\n    ... on Session {\n      accessToken\n      tokenType\n      expiresIn\n      refreshToken\n      refreshTokenExpiresIn\n      customerId\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}": typeof types.SignInWithIdentityProviderDocument,
    "mutation SignOut($input: SignOutInput!) {\n  signOut(input: $input) {\n    signedOut\n  }\n}": typeof types.SignOutDocument,
    "mutation VerifyOneTimeCode($input: VerifyOneTimeCodeInput!) {\n  verifyOneTimeCode(input: $input) {\n    __typename\n    ... on Session {\n      accessToken\n      tokenType\n      expiresIn\n      refreshToken\n      refreshTokenExpiresIn\n      customerId\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on CodeRejected {\n      attemptsLeft\n    }\n    ... on LockedOut {\n      retryAt\n      retryAfterSeconds\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}": typeof types.VerifyOneTimeCodeDocument,
};
const documents: Documents = {
    "query CustomerOverview {\n  me {\n    id\n    firstName\n    lastName\n    preferredLanguage\n    lifeContracts {\n      id\n      contractNumber\n      product {\n        kind\n        label\n      }\n      status\n      reserve {\n        amount\n        currency\n      }\n    }\n    nonLifeContracts {\n      id\n      contractNumber\n      product {\n        kind\n        label\n      }\n      status\n      premium {\n        amount\n        currency\n      }\n    }\n    documents {\n      id\n      type\n      title\n      year\n      issueDate\n    }\n  }\n}": types.CustomerOverviewDocument,
    "query MyDocuments {\n  me {\n    id\n    documents {\n      id\n      type\n      title\n      year\n      issueDate\n    }\n  }\n}": types.MyDocumentsDocument,
    "mutation RefreshSession($input: RefreshSessionInput!) {\n  refreshSession(input: $input) {\n    __typename\n    ... on Session {\n      accessToken\n      tokenType\n      expiresIn\n      refreshToken\n      refreshTokenExpiresIn\n      customerId\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}": types.RefreshSessionDocument,
    "mutation RegisterWithActivationCode($input: RegisterWithActivationCodeInput!) {\n  registerWithActivationCode(input: $input) {\n    __typename\n    ... on Registered {\n      customerId\n      consentedToDigitalDocumentsAt\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on CodeRejected {\n      attemptsLeft\n    }\n    ... on LockedOut {\n      retryAt\n      retryAfterSeconds\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}": types.RegisterWithActivationCodeDocument,
    "mutation RegisterWithIdentityProvider($input: RegisterWithIdentityProviderInput!) {\n  registerWithIdentityProvider(input: $input) {\n    __typename\n    ... on Session {\n      accessToken\n      tokenType\n      expiresIn\n      refreshToken\n      refreshTokenExpiresIn\n      customerId\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}": types.RegisterWithIdentityProviderDocument,
    "mutation RequestActivationCode($input: RequestActivationCodeInput!) {\n  requestActivationCode(input: $input) {\n    __typename\n    ... on ActivationCodeSent {\n      validUntil\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}": types.RequestActivationCodeDocument,
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input) {\n    __typename\n    ... on PasswordResetRequested {\n      message\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}": types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    __typename\n    ... on PasswordChanged {\n      message\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on CodeRejected {\n      attemptsLeft\n    }\n    ... on LockedOut {\n      retryAt\n      retryAfterSeconds\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}": types.ResetPasswordDocument,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    __typename\n    ... on OneTimeCodeSent {\n      challengeId\n      maskedMobileNumber\n      validUntil\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on InvalidCredentials {\n      attemptsLeft\n    }\n    ... on LockedOut {\n      retryAt\n      retryAfterSeconds\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}": types.SignInDocument,
    "mutation SignInWithIdentityProvider($input: SignInWithIdentityProviderInput!) {\n  signInWithIdentityProvider(input: $input) {\n    __typename\n    ... on Session {\n      accessToken\n      tokenType\n      expiresIn\n      refreshToken\n      refreshTokenExpiresIn\n      customerId\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}": types.SignInWithIdentityProviderDocument,
    "mutation SignOut($input: SignOutInput!) {\n  signOut(input: $input) {\n    signedOut\n  }\n}": types.SignOutDocument,
    "mutation VerifyOneTimeCode($input: VerifyOneTimeCodeInput!) {\n  verifyOneTimeCode(input: $input) {\n    __typename\n    ... on Session {\n      accessToken\n      tokenType\n      expiresIn\n      refreshToken\n      refreshTokenExpiresIn\n      customerId\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on CodeRejected {\n      attemptsLeft\n    }\n    ... on LockedOut {\n      retryAt\n      retryAfterSeconds\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}": types.VerifyOneTimeCodeDocument,
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefreshSession($input: RefreshSessionInput!) {\n  refreshSession(input: $input) {\n    __typename\n    ... on Session {\n      accessToken\n      tokenType\n      expiresIn\n      refreshToken\n      refreshTokenExpiresIn\n      customerId\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation RefreshSession($input: RefreshSessionInput!) {\n  refreshSession(input: $input) {\n    __typename\n    ... on Session {\n      accessToken\n      tokenType\n      expiresIn\n      refreshToken\n      refreshTokenExpiresIn\n      customerId\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterWithActivationCode($input: RegisterWithActivationCodeInput!) {\n  registerWithActivationCode(input: $input) {\n    __typename\n    ... on Registered {\n      customerId\n      consentedToDigitalDocumentsAt\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on CodeRejected {\n      attemptsLeft\n    }\n    ... on LockedOut {\n      retryAt\n      retryAfterSeconds\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation RegisterWithActivationCode($input: RegisterWithActivationCodeInput!) {\n  registerWithActivationCode(input: $input) {\n    __typename\n    ... on Registered {\n      customerId\n      consentedToDigitalDocumentsAt\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on CodeRejected {\n      attemptsLeft\n    }\n    ... on LockedOut {\n      retryAt\n      retryAfterSeconds\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterWithIdentityProvider($input: RegisterWithIdentityProviderInput!) {\n  registerWithIdentityProvider(input: $input) {\n    __typename\n    ... on Session {\n      accessToken\n      tokenType\n      expiresIn\n      refreshToken\n      refreshTokenExpiresIn\n      customerId\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation RegisterWithIdentityProvider($input: RegisterWithIdentityProviderInput!) {\n  registerWithIdentityProvider(input: $input) {\n    __typename\n    ... on Session {\n      accessToken\n      tokenType\n      expiresIn\n      refreshToken\n      refreshTokenExpiresIn\n      customerId\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestActivationCode($input: RequestActivationCodeInput!) {\n  requestActivationCode(input: $input) {\n    __typename\n    ... on ActivationCodeSent {\n      validUntil\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation RequestActivationCode($input: RequestActivationCodeInput!) {\n  requestActivationCode(input: $input) {\n    __typename\n    ... on ActivationCodeSent {\n      validUntil\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input) {\n    __typename\n    ... on PasswordResetRequested {\n      message\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input) {\n    __typename\n    ... on PasswordResetRequested {\n      message\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    __typename\n    ... on PasswordChanged {\n      message\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on CodeRejected {\n      attemptsLeft\n    }\n    ... on LockedOut {\n      retryAt\n      retryAfterSeconds\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    __typename\n    ... on PasswordChanged {\n      message\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on CodeRejected {\n      attemptsLeft\n    }\n    ... on LockedOut {\n      retryAt\n      retryAfterSeconds\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    __typename\n    ... on OneTimeCodeSent {\n      challengeId\n      maskedMobileNumber\n      validUntil\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on InvalidCredentials {\n      attemptsLeft\n    }\n    ... on LockedOut {\n      retryAt\n      retryAfterSeconds\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    __typename\n    ... on OneTimeCodeSent {\n      challengeId\n      maskedMobileNumber\n      validUntil\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on InvalidCredentials {\n      attemptsLeft\n    }\n    ... on LockedOut {\n      retryAt\n      retryAfterSeconds\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInWithIdentityProvider($input: SignInWithIdentityProviderInput!) {\n  signInWithIdentityProvider(input: $input) {\n    __typename\n    ... on Session {\n      accessToken\n      tokenType\n      expiresIn\n      refreshToken\n      refreshTokenExpiresIn\n      customerId\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation SignInWithIdentityProvider($input: SignInWithIdentityProviderInput!) {\n  signInWithIdentityProvider(input: $input) {\n    __typename\n    ... on Session {\n      accessToken\n      tokenType\n      expiresIn\n      refreshToken\n      refreshTokenExpiresIn\n      customerId\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOut($input: SignOutInput!) {\n  signOut(input: $input) {\n    signedOut\n  }\n}"): (typeof documents)["mutation SignOut($input: SignOutInput!) {\n  signOut(input: $input) {\n    signedOut\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyOneTimeCode($input: VerifyOneTimeCodeInput!) {\n  verifyOneTimeCode(input: $input) {\n    __typename\n    ... on Session {\n      accessToken\n      tokenType\n      expiresIn\n      refreshToken\n      refreshTokenExpiresIn\n      customerId\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on CodeRejected {\n      attemptsLeft\n    }\n    ... on LockedOut {\n      retryAt\n      retryAfterSeconds\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation VerifyOneTimeCode($input: VerifyOneTimeCodeInput!) {\n  verifyOneTimeCode(input: $input) {\n    __typename\n    ... on Session {\n      accessToken\n      tokenType\n      expiresIn\n      refreshToken\n      refreshTokenExpiresIn\n      customerId\n    }\n    ... on InvalidInput {\n      field\n    }\n    ... on CodeRejected {\n      attemptsLeft\n    }\n    ... on LockedOut {\n      retryAt\n      retryAfterSeconds\n    }\n    ... on IdentityProblem {\n      code\n      message\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;