import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { request } from 'undici';
import { projectRoot } from '../../platform/paths';
import { GATEWAY, SUBGRAPHS, localUrl } from '../../platform/topology';
import { builtEntry } from '../../scripts/componentBuild';
import type { FloorPlan, RecordedCall } from '../floorProxy';
import { cpuMeter, round, sequential, underLoad, type Loaded, type Sequential } from '../measure';
import { recordChild, stopChild, waitUntilLive, type BenchSystem } from '../system';
import { OVERVIEW_BODY, WARM_CUSTOMER, overview, warmUp } from './overview';
import type { Settings } from './settings';

/** Headers that belong to one hop or one request, not to what the plan sends. */
const NOT_REPLAYED = new Set(['host', 'content-length', 'connection', 'keep-alive', 'traceparent', 'tracestate']);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Recorded extends RecordedCall {
  start: number;
  end: number;
}

/** A pass-through in front of one subgraph that records the calls made while `recording`. */
async function recordingProxy(
  target: string,
  log: Recorded[],
  recording: () => boolean,
): Promise<{ url: string; server: Server }> {
  const targetUrl = new URL(target);
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const start = performance.now();
      const headers = Object.fromEntries(
        Object.entries(incoming.headers as IncomingHttpHeaders).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string' && !NOT_REPLAYED.has(entry[0]),
        ),
      );
      void request(new URL(incoming.url ?? '/', targetUrl.origin), {
        method: (incoming.method ?? 'GET') as 'GET' | 'POST',
        headers,
        ...(incoming.method === 'POST' ? { body } : {}),
      })
        .then(async (answer) => {
          const text = await answer.body.text();
          if (recording() && incoming.method === 'POST')
            log.push({ url: target, headers, body, start, end: performance.now() });
          outgoing.writeHead(answer.statusCode, { 'content-type': 'application/json' });
          outgoing.end(text);
        })
        .catch((error: unknown) => {
          outgoing.writeHead(502);
          outgoing.end(String(error));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

/** Groups calls into waves: a call is in the wave after the latest one that ended before it began. */
export function waves(calls: readonly Recorded[]): RecordedCall[][] {
  const sorted = [...calls].sort((a, b) => a.start - b.start);
  const waveOf = new Map<Recorded, number>();
  for (const call of sorted) {
    const before = sorted.filter((other) => other.end <= call.start).map((other) => waveOf.get(other) ?? 0);
    waveOf.set(call, before.length ? Math.max(...before) + 1 : 0);
  }
  const grouped: RecordedCall[][] = [];
  for (const call of sorted) {
    const wave = waveOf.get(call) ?? 0;
    (grouped[wave] ??= []).push({ url: call.url, headers: call.headers, body: call.body });
  }
  return grouped;
}

/**
 * Records the subgraph calls our gateway's plan makes for the warm overview: a second gateway
 * process, started for this alone, sends them through recording proxies to the same subgraphs.
 */
export async function capturePlan(bench: BenchSystem, buildDir: string, token: string): Promise<FloorPlan> {
  const log: Recorded[] = [];
  let recording = false;
  const proxies = await Promise.all(
    SUBGRAPHS.map(async (subgraph) => ({
      subgraph,
      proxy: await recordingProxy(localUrl(subgraph.port + bench.portOffset, '/graphql'), log, () => recording),
    })),
  );
  const port = await freePort();
  const operatorPort = await freePort();
  const identityPort = (SUBGRAPHS.find((s) => s.name === 'identity')?.port ?? 4001) + bench.portOffset;
  const child: ChildProcess = spawn(process.execPath, [builtEntry(buildDir, GATEWAY.entry)], {
    cwd: projectRoot,
    env: {
      ...process.env,
      ...bench.env,
      GATEWAY_PORT: String(port),
      OPERATOR_PORT: String(operatorPort),
      JWKS_URL: localUrl(identityPort, '/.well-known/jwks.json'),
      ...Object.fromEntries(proxies.map(({ subgraph, proxy }) => [subgraph.urlVariable, proxy.url])),
    },
    stdio: 'ignore',
  });
  recordChild(child.pid);
  try {
    await waitUntilLive(localUrl(port, '/health/live'));
    const bench2 = { ...bench, system: { ...bench.system, gatewayUrl: localUrl(port, '/graphql') } };
    if (!(await overview(bench2, token))) throw new Error('the capture gateway could not answer the overview');
    recording = true;
    if (!(await overview(bench2, token))) throw new Error('the capture gateway could not answer the overview');
    recording = false;
  } finally {
    await stopChild(child);
    for (const { proxy } of proxies) proxy.server.close();
  }
  return { waves: waves(log) };
}

export interface FloorResult {
  waves: Array<Array<{ subgraph: string; bytes: number }>>;
  oneConnection: Sequential & { cpuPerRequestFloor: number };
  fiftyConnections: Loaded;
}

/** The floor probe: its p50 at one connection, and its throughput and CPU at 50, in this run. */
export async function floorProbe(bench: BenchSystem, buildDir: string, settings: Settings): Promise<FloorResult> {
  const token = await bench.customerToken(WARM_CUSTOMER);
  const plan = await capturePlan(bench, buildDir, token);
  const planFile = path.join(buildDir, 'bench-floor-plan.json');
  writeFileSync(planFile, JSON.stringify(plan));
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(buildDir, 'bench', 'floorProxy.js')], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: 'production', FLOOR_PORT: String(port), FLOOR_PLAN: planFile },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  recordChild(child.pid);
  try {
    const url = localUrl(port, '/graphql');
    await waitUntilLive(url);
    const floorBench = { ...bench, system: { ...bench.system, gatewayUrl: url } };
    await warmUp(floorBench, token, 'the floor probe failed');
    // The floor's processes: itself in place of the gateway, and the same subgraphs and backends.
    const processes = [{ name: 'floor', pid: child.pid ?? 0 }, ...bench.processes.filter((p) => p.name !== 'gateway')];
    const meter = cpuMeter(processes);
    const one = await sequential(settings.sequentialSeconds, () => overview(floorBench, token));
    const cpu = meter();
    const fifty = await underLoad({
      url,
      body: OVERVIEW_BODY,
      tokens: [token],
      connections: 50,
      seconds: settings.loadSeconds,
      processes,
    });
    return {
      waves: plan.waves.map((wave) =>
        wave.map((call) => ({
          subgraph: SUBGRAPHS.find((s) => call.url.includes(`:${s.port + bench.portOffset}/`))?.name ?? call.url,
          bytes: call.body.length,
        })),
      ),
      oneConnection: { ...one, cpuPerRequestFloor: round((cpu['floor'] ?? 0) / Math.max(one.requests, 1), 3) },
      fiftyConnections: fifty,
    };
  } finally {
    await stopChild(child);
  }
}
