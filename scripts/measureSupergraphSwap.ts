import { readFileSync } from 'node:fs';
import { ApolloGateway, type SupergraphSdlUpdateFunction } from '@apollo/gateway';
import { disableApolloTelemetry } from '../gateway/server';
import { SUPERGRAPH_FILE } from './supergraph';

/**
 * Measures what a supergraph swap (gateway/supergraphSource.ts) holds the gateway's event loop
 * for: @apollo/gateway's `update` builds the schema and the query planner of the new composition
 * in one synchronous step, during which requests wait (none fails). Each run swaps in the
 * checked-in supergraph with a changed description, so every run is a real change.
 *
 *   npx tsx scripts/measureSupergraphSwap.ts [runs]
 *   NODE_ENV=production npx tsx scripts/measureSupergraphSwap.ts 20   # without @apollo/gateway's extra validation
 */

const runs = Number(process.argv[2] ?? 10);
const sdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

async function main(): Promise<void> {
  disableApolloTelemetry();
  let update: SupergraphSdlUpdateFunction | undefined;
  const gateway = new ApolloGateway({
    supergraphSdl: {
      async initialize(hooks) {
        update = hooks.update;
        return { supergraphSdl: sdl };
      },
    },
    logger: quiet,
  });
  await gateway.load();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    // A comment changes the composition's id without changing what it serves.
    const next = `${sdl}\n# swap ${run}\n`;
    const start = process.hrtime.bigint();
    update?.(next);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  await gateway.stop();
  times.sort((a, b) => a - b);
  const at = (share: number): string =>
    (times[Math.min(times.length - 1, Math.floor(share * times.length))] ?? 0).toFixed(0);
  process.stdout.write(
    `supergraph swap (${(sdl.length / 1024).toFixed(0)} KiB, NODE_ENV=${process.env['NODE_ENV'] ?? 'unset'}), ${runs} runs: ` +
      `min ${at(0)} ms, median ${at(0.5)} ms, max ${at(1)} ms\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
