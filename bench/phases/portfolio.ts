import { operation, type BenchSystem } from '../system';
import { post, round } from '../measure';

const PORTFOLIO = operation('BrokerPortfolioPage');
/** The demo broker office with the largest portfolio (650 customers): a first page of 50 is full. */
const OFFICE = 'B00001';

export interface PortfolioResult {
  customers: number;
  lifeContracts: number;
  ms: number;
  lifeConnectCalls: number;
  archiveCalls: number;
  callsPerBackend: Record<string, Record<string, number>>;
  errors: number;
}

interface Page {
  myBrokerOffice?: { portfolio?: { edges?: Array<{ node?: { lifeContracts?: unknown[] | null } }> } };
}

/** A cold first page of 50 customers of a broker's portfolio, and the legacy calls it made. */
export async function portfolioPage(bench: BenchSystem): Promise<PortfolioResult> {
  const token = await bench.brokerToken(OFFICE);
  await bench.resetCounters();
  const answer = await post(
    bench.system.gatewayUrl,
    { query: PORTFOLIO, operationName: 'BrokerPortfolioPage', variables: { first: 50 } },
    { authorization: `Bearer ${token}`, 'accept-language': 'nl' },
  );
  const calls = await bench.backendCalls();
  const edges = (answer.body.data as Page | undefined)?.myBrokerOffice?.portfolio?.edges ?? [];
  if (answer.status !== 200 || edges.length === 0)
    throw new Error(`the portfolio page failed (${answer.status}): ${JSON.stringify(answer.body).slice(0, 400)}`);
  return {
    customers: edges.length,
    lifeContracts: edges.reduce((sum, edge) => sum + (edge.node?.lifeContracts?.length ?? 0), 0),
    ms: round(answer.ms),
    lifeConnectCalls: calls['life-connect']?.total ?? 0,
    archiveCalls: calls['document-archive']?.total ?? 0,
    callsPerBackend: Object.fromEntries(
      Object.entries(calls).map(([name, { calls: byEndpoint }]) => [name, byEndpoint]),
    ),
    errors: answer.body.errors?.length ?? 0,
  };
}
