import { spawn, execFile, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { forgetTestProcess, recordTestProcess, removeTestTempDir, testTempDir } from './tempDirs';

const run = promisify(execFile);

/** A redis-server process this test started on a free loopback port; it can be stopped and started again on that port. */
export interface RedisServer {
  port: number;
  url: string;
  start(): Promise<void>;
  /** Kills the process (no save, no goodbye), as a crash or an outage would; `start` brings it back. */
  stop(): Promise<void>;
  /** Stops the process for good and deletes its folder: what a test file's afterAll calls. */
  remove(): Promise<void>;
  /** A plain client for the test's own commands (CLIENT PAUSE, DBSIZE, KEYS). */
  admin(): Redis;
}

async function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** A port that is free, and (for cluster nodes) whose cluster bus port, 10000 higher, is free too. */
async function freePort(withBus: boolean): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 35_000);
    if ((await isFree(port)) && (!withBus || (await isFree(port + 10_000)))) return port;
  }
  throw new Error('no free port for redis-server');
}

async function waitForPing(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const client = new Redis({
      port,
      host: '127.0.0.1',
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      enableOfflineQueue: false,
      // A refused attempt's socket is already closed; ioredis's 2 s default would keep a timer alive.
      disconnectTimeout: 0,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      if ((await client.ping()) === 'PONG') return;
    } catch {
      await sleep(50);
    } finally {
      client.disconnect();
    }
  }
  throw new Error(`redis-server on port ${port} did not answer within ${timeoutMs} ms`);
}

export async function startRedisServer({ cluster = false }: { cluster?: boolean } = {}): Promise<RedisServer> {
  const port = await freePort(cluster);
  const dir = testTempDir(`redis-${port}`);
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    dir,
    '--loglevel',
    'warning',
  ];
  if (cluster)
    args.push(
      '--cluster-enabled',
      'yes',
      '--cluster-config-file',
      path.join(dir, 'nodes.conf'),
      '--cluster-node-timeout',
      '5000',
    );
  let child: ChildProcess | undefined;
  const admins: Redis[] = [];

  const server: RedisServer = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      if (child && child.exitCode === null) return;
      child = spawn('redis-server', args, { stdio: 'ignore' });
      if (child.pid !== undefined) recordTestProcess(child.pid, 'redis-server');
      await waitForPing(port);
    },
    async stop() {
      const running = child;
      child = undefined;
      for (const admin of admins.splice(0)) admin.disconnect();
      if (!running) return;
      if (running.exitCode === null && running.signalCode === null) {
        const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
        running.kill('SIGKILL');
        await exited;
      }
      if (running.pid !== undefined) forgetTestProcess(running.pid);
    },
    async remove() {
      await server.stop();
      live.delete(server);
      removeTestTempDir(dir);
    },
    admin() {
      const client = new Redis({ port, host: '127.0.0.1', maxRetriesPerRequest: 1, disconnectTimeout: 0 });
      client.on('error', () => undefined);
      admins.push(client);
      return client;
    },
  };
  live.set(server, () => {
    child?.kill('SIGKILL');
    removeTestTempDir(dir);
  });
  watchExit();
  await server.start();
  return server;
}

/** The servers not yet removed, each with how to end it at once when the process exits. */
const live = new Map<RedisServer, () => void>();
let exitWatched = false;

/** One exit listener for every server (one each would pile up on `process` over a worker's files). */
function watchExit(): void {
  if (exitWatched) return;
  exitWatched = true;
  process.once('exit', () => {
    for (const end of live.values()) end();
    live.clear();
  });
}

export interface RedisClusterServers {
  nodes: Array<{ host: string; port: number }>;
  servers: RedisServer[];
  /** Stops every node for good and deletes its folder. */
  stop(): Promise<void>;
}

/** Three (or `size`) cluster-enabled servers on loopback, joined as masters without replicas. */
export async function startRedisCluster(size = 3): Promise<RedisClusterServers> {
  const servers: RedisServer[] = [];
  for (let index = 0; index < size; index++) servers.push(await startRedisServer({ cluster: true }));
  const nodes = servers.map((server) => ({ host: '127.0.0.1', port: server.port }));
  await run('redis-cli', [
    '--cluster',
    'create',
    ...nodes.map((node) => `${node.host}:${node.port}`),
    '--cluster-replicas',
    '0',
    '--cluster-yes',
  ]);
  const deadline = Date.now() + 15_000;
  for (const server of servers) {
    const admin = server.admin();
    while (!/cluster_state:ok/.test(await admin.cluster('INFO'))) {
      if (Date.now() > deadline) throw new Error('the Redis Cluster did not become ready');
      await sleep(100);
    }
  }
  return {
    nodes,
    servers,
    async stop() {
      for (const server of servers) await server.remove();
    },
  };
}
