import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { projectRoot } from '../platform/paths';

/**
 * Measures what the data-set size costs a legacy backend: the time from spawning its process to
 * the first answer of /health/live, its resident memory then, and after 200 business calls
 * spread over the whole id range (the last customer included).
 *
 *   npx tsx scripts/measureLegacyStartup.ts [backend] [runs] [sizes]
 *   npx tsx scripts/measureLegacyStartup.ts life-connect 5 10000,1000000
 */

const BACKENDS = ['customer-master', 'life-connect', 'v-connect', 'document-archive'] as const;
type Backend = (typeof BACKENDS)[number];

const partyId = (index: number): string => `P${String(index + 1).padStart(8, '0')}`;

/** One realistic business call per backend, for the customers at the given indexes. */
function businessCall(backend: Backend, base: string, indexes: number[]): Promise<Response> {
  const ids = indexes.map(partyId);
  switch (backend) {
    case 'customer-master':
      return fetch(`${base}/parties?ids=${ids.join(',')}`);
    case 'life-connect':
      return fetch(`${base}/LifeConnect/services/ContractService`, {
        method: 'POST',
        headers: { 'content-type': 'text/xml', soapaction: 'urn:lifeconnect:contract:v3#GetContractList' },
        body: `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:lc="urn:lifeconnect:contract:v3"><soapenv:Body><lc:GetContractListRequest>${ids.map((id) => `<lc:PartijId>${id}</lc:PartijId>`).join('')}</lc:GetContractListRequest></soapenv:Body></soapenv:Envelope>`,
      });
    case 'v-connect':
      return fetch(`${base}/api/v2/klanten/${ids[0]}/contracten`);
    case 'document-archive':
      return fetch(`${base}/archive/v1/search`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ customerIds: ids }),
      });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Resident and peak resident memory of a process, in MiB, from /proc (Linux). */
function memoryOf(pid: number): { rssMiB: number; peakMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
}

interface Measurement {
  startupMs: number;
  rssAtLiveMiB: number;
  rssAfterCallsMiB: number;
  peakMiB: number;
}

async function measure(backend: Backend, customers: number): Promise<Measurement> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'legacy', backend, 'index.ts')], {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: String(port),
      CUSTOMERS: String(customers),
      LOG_LEVEL: 'warn',
      LATENCY_MS: '0',
      JITTER_MS: '0',
      MAINTENANCE_WINDOW: 'none',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${backend} exited with ${child.exitCode}`);
      try {
        if ((await fetch(`${base}/health/live`)).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const startupMs = performance.now() - started;
    const atLive = memoryOf(child.pid!);
    for (let call = 0; call < 200; call++) {
      const indexes = Array.from({ length: 10 }, (_, i) =>
        call === 0 && i === 0 ? customers - 1 : Math.floor(((call * 10 + i) * 7_919) % customers),
      );
      const response = await businessCall(backend, base, indexes);
      if (!response.ok) throw new Error(`${backend} answered ${response.status}`);
      await response.arrayBuffer();
    }
    const after = memoryOf(child.pid!);
    return { startupMs, rssAtLiveMiB: atLive.rssMiB, rssAfterCallsMiB: after.rssMiB, peakMiB: after.peakMiB };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const [backendArg = 'life-connect', runsArg = '5', sizesArg = '10000,1000000'] = process.argv.slice(2);
  if (!BACKENDS.includes(backendArg as Backend)) throw new Error(`backend must be one of ${BACKENDS.join(', ')}`);
  const backend = backendArg as Backend;
  const runs = Number(runsArg);
  const sizes = sizesArg.split(',').map(Number);
  process.stdout.write(`${backend}: median of ${runs} runs (node ${process.version}, started with --import tsx)\n`);
  process.stdout.write('customers  | start-up to /health/live | RSS at live | RSS after 200 calls | peak RSS\n');
  // One warm-up run evens out disk caches; sizes then alternate run by run, so a busy machine
  // slows all of them alike.
  await measure(backend, sizes[0]!);
  const results = new Map<number, Measurement[]>(sizes.map((size) => [size, []]));
  for (let run = 0; run < runs; run++) for (const size of sizes) results.get(size)!.push(await measure(backend, size));
  for (const [customers, measured] of results) {
    const m = (key: keyof Measurement) => median(measured.map((r) => r[key]));
    process.stdout.write(
      `${String(customers).padEnd(10)} | ${m('startupMs').toFixed(0).padStart(20)} ms | ${m('rssAtLiveMiB').toFixed(1).padStart(7)} MiB | ${m('rssAfterCallsMiB').toFixed(1).padStart(15)} MiB | ${m('peakMiB').toFixed(1).padStart(5)} MiB\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
