import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { exportJWK, generateKeyPair } from 'jose';
import { createCustomerMaster } from '../../../legacy/customer-master/server';
import { CALM } from '../../../legacy/shared/behaviour';
import { Universe } from '../../../legacy/shared/data/universe';
import { openDatabase } from '../../../platform/database/config';
import { createLogger } from '../../../platform/logger';
import { projectRoot } from '../../../platform/paths';
import { removeTestTempDir, testTempDir } from '../../../test-support/tempDirs';

// Two identity processes, each compiling the sources and starting PGlite: minutes on a loaded machine.
jest.setTimeout(240_000);

interface Running {
  child: ChildProcess;
  url: string;
}

/**
 * `npm start` without DATABASE_URL: the identity process keeps its accounts in an embedded
 * PGlite folder. Started here as its own process, exactly as the start script does, twice (the
 * restart); the folder's refusal of a second opener is checked from this process, which is what
 * a second identity process would run into.
 */
describe('the identity subgraph on the embedded PGlite default', () => {
  const dataDir = testTempDir('identity-pglite');
  const universe = new Universe({ customers: 200, seed: 'test-seed', referenceDate: '2026-11-01' });
  let master: ReturnType<typeof createCustomerMaster>;
  let env: NodeJS.ProcessEnv;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    master = createCustomerMaster({
      universe,
      behaviour: CALM,
      log: createLogger({ component: 'customer-master', level: 'silent' }),
    });
    const masterPort = await master.listen(0, '127.0.0.1');
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const { DATABASE_URL: _unset, REDIS_URL: _noRedis, ...inherited } = process.env;
    env = {
      ...inherited,
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      PORT: '0',
      // A free operator port too: its default (4901) would be shared with identity processes other test files start at the same time.
      OPERATOR_PORT: '0',
      PGLITE_DATA_DIR: dataDir,
      CUSTOMER_MASTER_URL: `http://127.0.0.1:${masterPort}`,
      JWT_PRIVATE_JWK: JSON.stringify({ ...(await exportJWK(privateKey)), kid: `test-${randomUUID()}` }),
      IDENTITY_HASH_KEY: randomBytes(32).toString('base64'),
    };
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await master.stop();
    removeTestTempDir(dataDir);
  });

  function launch(): {
    child: ChildProcess;
    started: Promise<Running>;
    exited: Promise<{ code: number | null; stderr: string }>;
  } {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'subgraphs/identity/index.ts')], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<{ code: number | null; stderr: string }>((resolve) =>
      child.once('exit', (code) => resolve({ code, stderr })),
    );
    const started = new Promise<Running>((resolve, reject) => {
      createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
        if (match?.[1]) resolve({ child, url: match[1] });
      });
      void exited.then(({ code }) => reject(new Error(`identity exited (${code}) before listening: ${stderr}`)));
    });
    return { child, started, exited };
  }

  async function graphql(
    url: string,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, Record<string, unknown>>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return Object.values(body.data ?? {})[0] ?? {};
  }

  async function stop(running: Running, exited: Promise<{ code: number | null }>): Promise<number | null> {
    running.child.kill('SIGTERM');
    return (await exited).code;
  }

  it('starts without DATABASE_URL, keeps its accounts in its own folder across a restart, and refuses a second process on that folder', async () => {
    const first = launch();
    const running = await first.started;
    expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);

    const log = createLogger({ component: 'identity', level: 'silent' });
    await expect(openDatabase({ kind: 'pglite', dataDir }, 'identity', log)).rejects.toThrow(
      `in use by process ${running.child.pid}`,
    );

    const an = universe.person(0);
    const requested = await graphql(
      running.url,
      'mutation($input: RequestActivationCodeInput!) { requestActivationCode(input: $input) { __typename } }',
      {
        input: { contractNumber: 'L000000010', nationalRegisterNumber: an.nationalRegisterNumber },
      },
    );
    expect(requested).toEqual({ __typename: 'ActivationCodeSent' });
    expect(await stop(running, first.exited)).toBe(0);
    expect(existsSync(path.join(dataDir, 'customer-graph.lock'))).toBe(false);

    const again = launch();
    const restarted = await again.started;
    const letter = master.postOutbox.list('partyId', 'P00000001').at(-1);
    const activationCode = /([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})/.exec(String(letter?.['lines']))?.[1];
    const registered = await graphql(
      restarted.url,
      'mutation($input: RegisterWithActivationCodeInput!) { registerWithActivationCode(input: $input) { __typename ... on Registered { customerId } } }',
      {
        input: {
          contractNumber: 'L000000010',
          activationCode,
          email: 'an@example.be',
          password: 'correct horse battery staple',
          consentToDigitalDocuments: true,
        },
      },
    );
    expect(registered).toEqual({ __typename: 'Registered', customerId: 'P00000001' });
    expect(await stop(restarted, again.exited)).toBe(0);
  });
});
