import { startSystem, type RunningSystem } from '../test-support/system';

/**
 * Measures what the audit trail costs a broker's read: the same operation for An Peeters as
 * herself (not recorded) and as her broker (recorded by identity, life and non-life before the
 * answer), and the deliveries life and non-life make to identity, from their own metrics. Then a
 * broker's `_entities` call for 50 customers of the office straight to the life subgraph, and how
 * many deliveries it takes (entries written together are delivered together). Runs the whole system in-process on free ports; needs the
 * test PostgreSQL and Redis.
 *
 *   npx tsx scripts/measureAuditCost.ts [rounds]
 */
const rounds = Number(process.argv[2] ?? 200);
const FIELDS =
  'id firstName lifeContracts { contractNumber reserve { amount } } nonLifeContracts { contractNumber premium { amount } }';

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms`;
}

async function timed(
  system: RunningSystem,
  query: string,
  token: string,
  variables: Record<string, unknown> = {},
  url?: string,
): Promise<number> {
  const started = performance.now();
  const { body } = await system.query(query, { token, variables, ...(url ? { url } : {}) });
  if (body.errors?.length) throw new Error(`Unexpected errors: ${JSON.stringify(body.errors)}`);
  return performance.now() - started;
}

/** Deliveries to the audit trail a subgraph made, and their mean duration, from its /metrics. */
async function deliveries(origin: string): Promise<{ count: number; meanMs: number }> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  const value = (metric: string): number =>
    Number(new RegExp(`^${metric}\\{[^}]*backend="audit-trail"[^}]*\\} ([0-9.e+-]+)`, 'm').exec(text)?.[1] ?? 0);
  const count = value('backend_call_duration_seconds_count');
  return { count, meanMs: count ? (value('backend_call_duration_seconds_sum') / count) * 1000 : 0 };
}

async function main(): Promise<void> {
  const system = await startSystem();
  try {
    const customer = await system.token('customer', 'P00000001');
    const broker = await system.token('broker', 'B00001');
    const own = `query Own { me { ${FIELDS} } }`;
    const audited = `query BrokerView($id: ID!) { customer(id: $id) { ${FIELDS} } }`;
    // Warm the caches, so both sides read the same cached legacy records.
    await timed(system, own, customer);
    await timed(system, audited, broker, { id: 'P00000001' });
    const ownSamples: number[] = [];
    const brokerSamples: number[] = [];
    for (let round = 0; round < rounds; round++) {
      ownSamples.push(await timed(system, own, customer));
      brokerSamples.push(await timed(system, audited, broker, { id: 'P00000001' }));
    }
    const origins = system.stacks[0]?.operatorOrigins;
    const life = origins ? await deliveries(origins.life) : { count: 0, meanMs: 0 };
    const nonlife = origins ? await deliveries(origins.nonlife) : { count: 0, meanMs: 0 };
    process.stdout.write(`${rounds} rounds through the gateway, warm cache\n`);
    process.stdout.write(`An reading her own data (not recorded):        ${summary(ownSamples)}\n`);
    process.stdout.write(`her broker reading the same (3 services record): ${summary(brokerSamples)}\n`);
    process.stdout.write(
      `deliveries to identity: life ${life.count} (mean ${life.meanMs.toFixed(1)} ms), nonlife ${nonlife.count} (mean ${nonlife.meanMs.toFixed(1)} ms)\n`,
    );

    const page = system.universe
      .portfolioOf(0)
      .slice(0, 50)
      .map((index) => ({ __typename: 'Customer', id: system.universe.personId(index) }));
    const entities =
      'query BrokerPage($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id lifeContracts { contractNumber } } } }';
    await timed(system, entities, broker, { r: page }, system.subgraphUrls.life);
    const pageSamples: number[] = [];
    const pageRounds = Math.max(5, Math.floor(rounds / 10));
    const before = origins ? await deliveries(origins.life) : { count: 0, meanMs: 0 };
    for (let round = 0; round < pageRounds; round++)
      pageSamples.push(await timed(system, entities, broker, { r: page }, system.subgraphUrls.life));
    const after = origins ? await deliveries(origins.life) : { count: 0, meanMs: 0 };
    process.stdout.write(
      `a broker's 50-customer page straight to life: ${summary(pageSamples)}, ${((after.count - before.count) / pageRounds).toFixed(1)} deliveries per request\n`,
    );
  } finally {
    await system.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
