import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { eventually } from '../../test-support/eventually';
import { operation } from '../../test-support/callers';
import { startSystem, type RunningSystem } from '../../test-support/system';
import { startTracingTo } from '../../platform/tracing';

const AN = 'P00000001';
const LEGACY_SYSTEMS = ['customer-master', 'document-archive', 'life-connect', 'v-connect'];

/**
 * One customer-overview request, traced (docs/operations.md#traces): every component of the
 * system runs in this process, so one in-memory exporter sees all their spans, linked by the W3C
 * trace context each internal HTTP call carries.
 */
describe('the trace of a customer overview', () => {
  const exporter = new InMemorySpanExporter();
  const logLines: string[] = [];
  let system: RunningSystem;

  beforeAll(async () => {
    startTracingTo(exporter);
    system = await startSystem({ logLevel: 'info', logSink: (line) => logLines.push(line) });
  });
  afterAll(async () => {
    await system.stop();
  });

  const parentOf = (span: ReadableSpan): string | undefined => span.parentSpanContext?.spanId;
  const childrenOf = (spans: readonly ReadableSpan[], parent: ReadableSpan): ReadableSpan[] =>
    spans.filter((span) => parentOf(span) === parent.spanContext().spanId);
  /** The span names from a span down, each under its parent: `a > b > c`. */
  const pathsBelow = (spans: readonly ReadableSpan[], from: ReadableSpan, prefix = ''): string[] => {
    const here = `${prefix}${from.name}`;
    const below = childrenOf(spans, from).flatMap((child) => pathsBelow(spans, child, `${here} > `));
    return [here, ...below];
  };

  it('goes from the gateway through each subgraph, its cache and its legacy calls, to the four legacy systems', async () => {
    exporter.reset();
    const { body } = await system.query(operation('CustomerOverview'), { token: await system.token('customer', AN) });
    expect(body.errors).toBeUndefined();

    // Server spans end when their response is done, just after the client has it.
    const { root, spans } = await eventually(async () => {
      const finished = exporter.getFinishedSpans();
      const gateway = finished.find((span) => span.name === 'gateway POST /graphql' && parentOf(span) === undefined);
      if (!gateway) throw new Error('no gateway span yet');
      const inTrace = finished.filter((span) => span.spanContext().traceId === gateway.spanContext().traceId);
      const reached = LEGACY_SYSTEMS.filter((name) =>
        inTrace.some((span) => span.name.startsWith(`${name} GET`) || span.name.startsWith(`${name} POST`)),
      );
      if (reached.length < LEGACY_SYSTEMS.length)
        throw new Error(`legacy systems reached so far: ${reached.join(', ')}`);
      return { root: gateway, spans: inTrace };
    });

    const paths = pathsBelow(spans, root);
    if (process.env['PRINT_TRACE']) process.stdout.write(`${paths.join('\n')}\n`);
    // @apollo/gateway's own spans (validation, planning, execution, each fetch of the plan), then
    // ours: the subgraph fetch, the subgraph serving it, a cache batch, the legacy call, and the
    // legacy system's own span (named by its route's pattern, never a URL with ids in it).
    const fetch = 'gateway POST /graphql > gateway.request > gateway.execute > gateway.fetch > gateway fetch';
    expect(paths).toEqual(
      expect.arrayContaining([
        'gateway POST /graphql > gateway.request > gateway.validate',
        'gateway POST /graphql > gateway.request > gateway.plan',
        `${fetch} identity > identity POST /graphql > cache identity/customer > customer-master getParties > customer-master GET /parties`,
        `${fetch} life > life POST /graphql > cache life/lifeContractList > life-connect GetContractList > life-connect POST /LifeConnect/services/ContractService`,
        `${fetch} life > life POST /graphql > cache life/lifeContract > life-connect GetContractDetails > life-connect POST /LifeConnect/services/ContractService`,
        `${fetch} nonlife > nonlife POST /graphql > cache nonlife/nonLifeContractList > v-connect klantContracten > v-connect GET /api/v2/klanten/:klantId/contracten`,
        `${fetch} nonlife > nonlife POST /graphql > cache nonlife/nonLifeContract > v-connect contract > v-connect GET /api/v2/contracten/:polisnummer`,
        `${fetch} documents > documents POST /graphql > cache documents/customerDocuments > document-archive search > document-archive POST /archive/v1/search`,
        `${fetch} documents > documents POST /graphql > cache documents/contractParties > customer-master getPolicies > customer-master GET /policies`,
      ]),
    );

    // A cold read: the cache batches say so; the legacy calls say how they went.
    const cacheBatch = spans.find((span) => span.name === 'cache identity/customer');
    expect(cacheBatch?.attributes).toMatchObject({ 'cache.type': 'customer', 'cache.misses': 1, 'cache.hits': 0 });
    const legacyCall = spans.find((span) => span.attributes['legacy.backend'] === 'life-connect');
    expect(legacyCall?.attributes['legacy.outcome']).toBe('ok');
  });

  it('carries no personal data in span names or attributes, and names the trace in the log lines', async () => {
    const an = system.universe.person(0);
    const spans = exporter.getFinishedSpans();
    expect(spans.length).toBeGreaterThan(0);
    const text = JSON.stringify(spans.map((span) => [span.name, span.attributes]));
    for (const personal of [an.email, an.lastName, an.nationalRegisterNumber, an.mobile])
      expect(text).not.toContain(personal);

    const traceIds = new Set(spans.map((span) => span.spanContext().traceId));
    const traced = logLines.filter((line) => {
      const traceId = (JSON.parse(line) as { traceId?: string }).traceId;
      return traceId !== undefined && traceIds.has(traceId);
    });
    expect(traced.length).toBeGreaterThan(0);
  });
});
