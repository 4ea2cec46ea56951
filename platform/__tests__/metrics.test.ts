import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { PostgresDatabase } from '../database/PostgresDatabase';
import { requestLogPlugin } from '../graphql/plugins';
import { createLogger, type Logger } from '../logger';
import { createMetrics, errorCodeLabel, operationLabel, persistedOperationNames } from '../metrics';
import { createTestDatabase } from '../../test-support/database';
import { eventually } from '../../test-support/eventually';
import { removeTestTempDir, testTempDir } from '../../test-support/tempDirs';

describe('GraphQL request metrics', () => {
  it("name the portal's operations only: the persisted-operations manifest's", () => {
    const dir = testTempDir('metrics');
    try {
      const file = path.join(dir, 'persisted-documents.json');
      writeFileSync(
        file,
        JSON.stringify({
          'sha256:a': 'query CustomerOverview { me { id } }',
          'sha256:b': 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }',
          'sha256:c': '{ me { id } }',
        }),
      );
      expect(persistedOperationNames(file)).toEqual(new Set(['CustomerOverview', 'SignIn']));
      expect(persistedOperationNames(path.join(dir, 'missing.json'))).toEqual(new Set());
    } finally {
      removeTestTempDir(dir);
    }
    expect(persistedOperationNames().has('CustomerOverview')).toBe(true);

    const known = new Set(['CustomerOverview']);
    expect(operationLabel('CustomerOverview', known)).toBe('CustomerOverview');
    // What @apollo/gateway names its fetch of a subgraph for that operation.
    expect(operationLabel('CustomerOverview__life__1', known)).toBe('CustomerOverview');
    // A client's own name could say anything (a customer's name, a national number): not a label value.
    expect(operationLabel('Peeters_85010112345', known)).toBe('other');
    expect(operationLabel(undefined, known)).toBe('anonymous');

    expect(errorCodeLabel('UNAUTHENTICATED')).toBe('UNAUTHENTICATED');
    expect(errorCodeLabel(undefined)).toBe('OTHER');
    expect(errorCodeLabel('not a code')).toBe('OTHER');
  });

  it('count requests by operation and outcome, and errors by extensions.code', async () => {
    const metrics = createMetrics('metrics-test', { defaultMetrics: false });
    const log: Logger = createLogger({ component: 'metrics-test', level: 'silent' });
    const server = new ApolloServer<{ requestId: string; log: Logger }>({
      typeDefs: 'type Query { me: String, broken: String }',
      resolvers: {
        Query: {
          me: () => 'An',
          broken: () => {
            throw new GraphQLError('Not allowed.', { extensions: { code: 'FORBIDDEN' } });
          },
        },
      },
      plugins: [requestLogPlugin(metrics)],
    });
    await server.start();
    try {
      const contextValue = { requestId: 'r1', log };
      await server.executeOperation({ query: 'query CustomerOverview { me }' }, { contextValue });
      await server.executeOperation({ query: 'query Whatever { me broken }' }, { contextValue });
      await server.executeOperation({ query: '{ broken }' }, { contextValue });
    } finally {
      await server.stop();
    }
    const values = async (name: string) =>
      (await metrics.registry.getSingleMetric(name)?.get())?.values.map((v) => [v.labels, v.value]);
    expect(await values('graphql_requests_total')).toEqual([
      [{ operation: 'CustomerOverview', outcome: 'ok' }, 1],
      [{ operation: 'other', outcome: 'partial' }, 1],
      [{ operation: 'anonymous', outcome: 'partial' }, 1],
    ]);
    expect(await values('graphql_errors_total')).toEqual([[{ code: 'FORBIDDEN' }, 2]]);
  });
});

describe('database pool metrics', () => {
  it("report a PostgreSQL pool's connections in use, idle, waited for and its maximum", async () => {
    const database = await createTestDatabase('pool_metrics');
    const metrics = createMetrics('pool-metrics-test', { defaultMetrics: false });
    const log = createLogger({ component: 'pool-metrics-test', level: 'silent' });
    const db = new PostgresDatabase({
      url: database.url,
      poolMax: 1,
      applicationName: 'customer-graph-pool-metrics-test',
      statementTimeoutMs: 10_000,
      log,
      metrics,
    });
    const states = async () =>
      Object.fromEntries(
        ((await metrics.registry.getSingleMetric('database_pool_connections')?.get())?.values ?? []).map((v) => [
          v.labels['state'],
          v.value,
        ]),
      );
    let release: () => void = () => undefined;
    try {
      await db.query('SELECT 1');
      expect(await states()).toEqual({ 'in-use': 0, idle: 1, waiting: 0, max: 1 });
      // The one connection held by a transaction, and a statement waiting for it.
      const held = db.transaction(async (tx) => {
        await tx.query('SELECT 1');
        await new Promise<void>((resolve) => (release = resolve));
      });
      await eventually(async () => expect((await states())['in-use']).toBe(1));
      const waiting = db.query('SELECT 2');
      await eventually(async () => expect(await states()).toEqual({ 'in-use': 1, idle: 0, waiting: 1, max: 1 }));
      release();
      await Promise.all([held, waiting]);
      expect(await states()).toEqual({ 'in-use': 0, idle: 1, waiting: 0, max: 1 });
    } finally {
      release();
      await db.close();
      await database.drop();
    }
    // A closed pool is no longer reported.
    expect(await states()).toEqual({});
  });
});
