import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { map } from 'rxjs';
import { getOperationAST, type DocumentNode } from 'graphql';
import persistedDocuments from '../../../operations/generated/persisted-documents.json';
import generatedPossibleTypes from '../../../operations/generated/possibleTypes';
import { currentLanguage } from '../i18n/language';
import { portalHeaders, refreshSession, validAccessToken } from '../session/session';
import { recordNotice, type StalePart } from './notices';

/**
 * The hash of each registered operation, by name, from the manifest the gateway enforces in
 * safelist mode: the portal sends the hash only, never the text, so it runs exactly the
 * operations in operations/.
 */
const hashByOperationName = new Map(
  Object.entries(persistedDocuments).map(([key, text]) => [
    /^(?:query|mutation)\s+(\w+)/.exec(text)?.[1] ?? '',
    key.replace(/^sha256:/, ''),
  ]),
);

function registeredHash(document: DocumentNode): string {
  const name = getOperationAST(document)?.name?.value ?? '';
  const hash = hashByOperationName.get(name);
  if (!hash)
    throw new Error(
      `The operation ${name || '(unnamed)'} is not in operations/; add it there and run npm run codegen.`,
    );
  return hash;
}

/** Access token (when signed in) and the page's language on every request. */
const requestContext = new SetContextLink(async (previous) => {
  const token = await validAccessToken();
  return {
    headers: {
      ...(previous['headers'] as Record<string, string> | undefined),
      ...portalHeaders({ 'accept-language': currentLanguage() }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  };
});

/** Records what each answer says beyond its data, for the page's notice; a revoked token signs out here too. */
const answerNotices = new ApolloLink((operation, forward) =>
  forward(operation).pipe(
    map((result) => {
      const stale = (result.extensions?.['stale'] as StalePart[] | undefined) ?? [];
      const codes = (result.errors ?? []).map((error) => String(error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'));
      recordNotice(operation.operationName ?? '', {
        stale,
        missing: codes.filter((code) => code !== 'UNAUTHENTICATED'),
      });
      if (codes.includes('UNAUTHENTICATED')) void refreshSession();
      return result;
    }),
  ),
);

// Pages get what came back beside the errors (errorPolicy 'all'); declared so the hooks' result types say so.
declare module '@apollo/client' {
  // Apollo Client declares its default options in these namespaces; augmenting them is its documented way.
  /* eslint-disable @typescript-eslint/no-namespace */
  export namespace ApolloClient {
    export namespace DeclareDefaultOptions {
      interface WatchQuery {
        errorPolicy: 'all';
      }
      interface Query {
        errorPolicy: 'all';
      }
      interface Mutate {
        errorPolicy: 'all';
      }
    }
  }
  /* eslint-enable @typescript-eslint/no-namespace */
}

export function createPortalClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      answerNotices,
      requestContext,
      new PersistedQueryLink({ generateHash: registeredHash }),
      new HttpLink({ uri: '/graphql' }),
    ]),
    // The members of each union and interface (generated from the schema), so the cache reads
    // fragments on abstract types: a problem's `code` and `message` selected `... on IdentityProblem`.
    cache: new InMemoryCache({ possibleTypes: generatedPossibleTypes.possibleTypes }),
    // A page shows what came back even when a part is missing (a subgraph down), with a notice.
    defaultOptions: {
      watchQuery: { errorPolicy: 'all' },
      query: { errorPolicy: 'all' },
      mutate: { errorPolicy: 'all' },
    },
  });
}
