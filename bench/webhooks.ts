import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answer, CONTACT, confirmedChange, registeredWithEid } from '../subgraphs/identity/__tests__/contactClient';
import { startSystem } from '../test-support/system';

/**
 * `npm run bench:webhooks`: how long a contact change takes to reach the broker offices' webhooks
 * when 1,000 changes come at once (docs/mybroker.md#webhooks). Every office in the data set
 * registers a webhook at one local receiver that answers 204; BENCH_WEBHOOK_CUSTOMERS customers
 * (default 200, from the two demo offices' portfolios) each make BENCH_WEBHOOK_CHANGES address
 * changes (default 5) through the gateway, BENCH_WEBHOOK_CONCURRENCY customers at a time (default
 * 25). The delay of an event is from its `occurredAt` (the transaction that applied the change)
 * to its arrival at the receiver. Identity runs with its production delivery settings. Prints
 * percentiles and a JSON summary.
 */
const CUSTOMERS = Number(process.env['BENCH_WEBHOOK_CUSTOMERS'] ?? 200);
const CHANGES_EACH = Number(process.env['BENCH_WEBHOOK_CHANGES'] ?? 5);
const CONCURRENCY = Number(process.env['BENCH_WEBHOOK_CONCURRENCY'] ?? 25);

const REGISTER = `mutation Register($url: String!) { registerBrokerWebhook(url: $url) { webhook { url } } }`;

interface DeliveryBody {
  brokerId: string;
  changes: Array<{ cursor: string; occurredAt: string }>;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const delays: number[] = [];
  const seen = new Set<string>();
  let posts = 0;
  let duplicates = 0;
  const receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const arrived = Date.now();
      posts++;
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as DeliveryBody;
      for (const change of body.changes) {
        const key = `${body.brokerId}/${change.cursor}`;
        if (seen.has(key)) duplicates++;
        else delays.push(arrived - Date.parse(change.occurredAt));
        seen.add(key);
      }
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;

  const system = await startSystem({ logLevel: 'silent', gateway: { subgraphTimeoutMs: 20_000 } });
  try {
    for (let office = 0; office < system.universe.brokerCount; office++)
      await answer(system, REGISTER, { url }, await system.token('broker', system.universe.brokerId(office)));

    // Some demo persons cannot register on their own (found twice, no contract): the next ones take their place.
    const tokens = new Map<string, string>();
    for (let index = 0; tokens.size < CUSTOMERS && index < CUSTOMERS * 3; index += CONCURRENCY)
      await Promise.all(
        Array.from({ length: CONCURRENCY }, (_, offset) => system.universe.personId(index + offset)).map(async (id) => {
          const token = await registeredWithEid(system, id).catch(() => undefined);
          if (token && tokens.size < CUSTOMERS) tokens.set(id, token);
        }),
      );
    const partyIds = [...tokens.keys()];

    let failed = 0;
    const started = Date.now();
    const changeAll = async (id: string): Promise<void> => {
      const token = tokens.get(id) as string;
      for (let change = 0; change < CHANGES_EACH; change++) {
        const postalAddress = {
          street: 'Kerkstraat',
          houseNumber: String(change + 1),
          postalCode: '9000',
          municipality: 'Gent',
        };
        try {
          const input = await confirmedChange(system, id, { postalAddress }, token);
          const result = await answer(system, CONTACT.change, { input }, token);
          if (result.__typename !== 'ContactDetailsChanged') failed++;
        } catch {
          failed++;
        }
      }
    };
    for (let start = 0; start < partyIds.length; start += CONCURRENCY)
      await Promise.all(partyIds.slice(start, start + CONCURRENCY).map(changeAll));
    const changesDone = Date.now();

    // Every office's feed, as polled: what should arrive.
    let expected = 0;
    for (let office = 0; office < system.universe.brokerCount; office++) {
      const token = await system.token('broker', system.universe.brokerId(office));
      let after: string | null = null;
      for (;;) {
        const page = (await answer(
          system,
          'query($after: String) { brokerChanges(first: 100, after: $after) { changes { cursor } endCursor hasMore } }',
          after ? { after } : {},
          token,
        )) as unknown as {
          changes: unknown[];
          endCursor: string | null;
          hasMore: boolean;
        };
        expected += page.changes.length;
        after = page.endCursor;
        if (!page.hasMore) break;
      }
    }
    const deadline = Date.now() + 120_000;
    while (seen.size < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const lastArrival = Date.now();

    const sorted = [...delays].sort((a, b) => a - b);
    const summary = {
      changes: partyIds.length * CHANGES_EACH - failed,
      failedChanges: failed,
      events: expected,
      delivered: seen.size,
      duplicates,
      posts,
      burstSeconds: (changesDone - started) / 1000,
      untilLastDeliverySeconds: (lastArrival - started) / 1000,
      delayMs: {
        p50: percentile(sorted, 50),
        p90: percentile(sorted, 90),
        p99: percentile(sorted, 99),
        max: sorted.at(-1) ?? 0,
      },
    };
    process.stdout.write(
      `${summary.changes} changes in ${summary.burstSeconds} s → ${summary.events} events for ${system.universe.brokerCount} offices, ` +
        `${summary.delivered} delivered in ${summary.posts} POSTs (${duplicates} twice); ` +
        `delay p50 ${summary.delayMs.p50} ms, p90 ${summary.delayMs.p90} ms, p99 ${summary.delayMs.p99} ms, max ${summary.delayMs.max} ms\n`,
    );
    process.stdout.write(`${JSON.stringify({ bench: 'webhooks', ...summary })}\n`);
  } finally {
    await system.stop();
    receiver.closeAllConnections();
    receiver.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
