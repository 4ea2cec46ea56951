import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { visit } from 'graphql';
import { subgraphTypeDefs } from '../../platform/schema';
import { SUBGRAPHS, localUrl } from '../../platform/topology';
import { eventually } from '../../test-support/eventually';
import { startSystem, type GraphQLResult, type RunningSystem } from '../../test-support/system';
import { removeTestTempDir, testTempDir } from '../../test-support/tempDirs';
import { SUPERGRAPH_FILE } from '../../scripts/supergraph';
import { composeTestSupergraph, customerToken, deadPort, startTestGateway, type TestGateway } from './support';

/**
 * Schema delivery (SUPERGRAPH_POLL_SECONDS, gateway/supergraphSource.ts): the gateway watches its
 * supergraph file and swaps in a new composition while requests keep flowing. The gateway starts
 * on a composition without Customer.preferredLanguage (identity serves it all along, as a subgraph
 * deployed before the supergraph that publishes its new field would); the checked-in supergraph,
 * which has it, is then written to the file under steady load. Counts, never durations: the load
 * runs until enough requests have been answered on both sides of the swap.
 */

/** The checked-in composition with one field of identity's left out, as scripts/compose.ts composes it. */
function supergraphWithout(typeName: string, fieldName: string): string {
  const result = composeServices(
    SUBGRAPHS.map(({ name, port }) => ({
      name,
      url: localUrl(port, '/graphql'),
      typeDefs:
        name === 'identity'
          ? visit(subgraphTypeDefs(name), {
              ObjectTypeDefinition(node) {
                if (node.name.value !== typeName) return undefined;
                return { ...node, fields: node.fields?.filter((field) => field.name.value !== fieldName) };
              },
            })
          : subgraphTypeDefs(name),
    })),
  );
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.supergraphSdl;
}

/** Replaces the file at once, as a deployment should (and as a ConfigMap volume does): a reader never sees half of it. */
function writeAtomically(file: string, text: string): void {
  const next = `${file}.next`;
  writeFileSync(next, text);
  renameSync(next, file);
}

const STEADY = 'query Steady { me { id firstName } }';
const NEW_FIELD = 'query NewField { me { id preferredLanguage } }';

interface Load {
  /** Answers so far that were not a 200 with data and no errors, described. */
  failures: string[];
  answered(): number;
  /** Keeps going until `more` further answers have come in, then stops and waits for the last ones. */
  finishAfter(more: number): Promise<void>;
}

/** `workers` callers sending STEADY back to back until told to stop. */
function steadyLoad(system: RunningSystem, token: string, workers: number): Load {
  const failures: string[] = [];
  let answered = 0;
  let stopAt = Number.POSITIVE_INFINITY;
  const check = (result: GraphQLResult): void => {
    const me = result.body.data?.['me'] as { id?: string } | undefined;
    if (result.status !== 200 || result.body.errors || me?.id !== 'P00000001')
      failures.push(`${result.status} ${JSON.stringify(result.body).slice(0, 300)}`);
  };
  const worker = async (): Promise<void> => {
    while (answered < stopAt) {
      try {
        check(await system.query(STEADY, { token }));
      } catch (error) {
        failures.push(`request failed: ${(error as Error).message}`);
      }
      answered++;
    }
  };
  const running = Promise.all(Array.from({ length: workers }, worker));
  return {
    failures,
    answered: () => answered,
    async finishAfter(more) {
      stopAt = answered + more;
      await running;
    },
  };
}

async function updates(system: RunningSystem, outcome: 'applied' | 'refused'): Promise<number> {
  const text = await (await fetch(`${system.stacks[0]?.gatewayOperatorOrigin}/metrics`)).text();
  const match = new RegExp(`^gateway_supergraph_updates_total\\{[^}]*outcome="${outcome}"[^}]*\\} (\\d+)$`, 'm').exec(
    text,
  );
  return match ? Number(match[1]) : 0;
}

describe('swapping the supergraph of a running gateway', () => {
  let dir: string;
  let file: string;
  let system: RunningSystem;
  let token: string;
  const gatewayLog: string[] = [];

  beforeAll(async () => {
    dir = testTempDir('supergraph-swap');
    file = path.join(dir, 'supergraph.graphql');
    writeFileSync(file, supergraphWithout('Customer', 'preferredLanguage'));
    system = await startSystem({
      gateway: { supergraphWatch: { path: file, pollSeconds: 0.2 } },
      logLevel: 'info',
      logSink: (line) => {
        if (line.includes('"part":"supergraph"')) gatewayLog.push(line);
      },
    });
    token = await system.token('customer', 'P00000001');
  });
  afterAll(async () => {
    await system?.stop();
    removeTestTempDir(dir);
  });

  it('serves the new composition once the file changes, without failing a request under load', async () => {
    const before = await system.query(NEW_FIELD, { token });
    expect(before.body.errors?.map((error) => error.extensions?.['code'])).toEqual(['GRAPHQL_VALIDATION_FAILED']);

    const load = steadyLoad(system, token, 8);
    await eventually(async () => {
      if (load.answered() < 100) throw new Error('the load has not warmed up yet');
    }, 120_000);
    writeAtomically(file, readFileSync(SUPERGRAPH_FILE, 'utf8'));
    const after = await eventually(async () => {
      const result = await system.query(NEW_FIELD, { token });
      if (result.body.errors) throw new Error(JSON.stringify(result.body.errors));
      return result;
    }, 60_000);
    await load.finishAfter(200);

    expect(after.body.data).toEqual({ me: { id: 'P00000001', preferredLanguage: 'NL' } });
    expect(load.failures).toEqual([]);
    expect(load.answered()).toBeGreaterThanOrEqual(300);
    expect(await updates(system, 'applied')).toBe(1);
    expect(gatewayLog.filter((line) => line.includes('supergraph swapped in'))).toHaveLength(1);
  });

  it('refuses a file that is not a supergraph, logs it once and keeps serving the previous composition', async () => {
    const load = steadyLoad(system, token, 8);
    // Half a supergraph (what a copy caught mid-write holds), then a subgraph's SDL where the
    // supergraph belongs; each written in one step, so the gateway's 0.2 s look never catches this
    // test's own write half done (that would be one more refusal).
    writeAtomically(file, readFileSync(SUPERGRAPH_FILE, 'utf8').slice(0, 5_000));
    await eventually(async () => expect(await updates(system, 'refused')).toBe(1), 60_000);
    writeAtomically(file, readFileSync(path.join(path.dirname(SUPERGRAPH_FILE), 'identity.graphql'), 'utf8'));
    await eventually(async () => expect(await updates(system, 'refused')).toBe(2), 60_000);
    await load.finishAfter(200);

    expect(load.failures).toEqual([]);
    const still = await system.query(NEW_FIELD, { token });
    expect(still.body).toEqual({ data: { me: { id: 'P00000001', preferredLanguage: 'NL' } } });
    expect(await updates(system, 'applied')).toBe(1);
    const refusals = gatewayLog.filter((line) => line.includes('supergraph file refused'));
    expect(refusals).toHaveLength(2);
    for (const line of refusals) expect(JSON.parse(line)).toMatchObject({ level: 'error', file });
  });
});

describe('the cost limit of a swapped composition', () => {
  /** One catalogue list whose assumed size a new composition changes (its subgraph never runs: limits come first). */
  const catalog = (assumedSize: number): string => /* GraphQL */ `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@cost", "@listSize"])
    type Query { featured: [Item!]! @listSize(assumedSize: ${assumedSize}) }
    type Item @key(fields: "id") { id: ID! price: Int @cost(weight: 5) }
  `;
  const QUERY = '{ featured { id price } }';
  let dir: string;
  let gateway: TestGateway;
  let token: string;
  let subgraphUrl: string;

  beforeAll(async () => {
    dir = testTempDir('supergraph-cost');
    subgraphUrl = `http://127.0.0.1:${await deadPort()}/graphql`;
    const file = path.join(dir, 'supergraph.graphql');
    writeFileSync(file, composeTestSupergraph(catalog(3), subgraphUrl));
    gateway = await startTestGateway(readFileSync(file, 'utf8'), {
      supergraphWatch: { path: file, pollSeconds: 0.1 },
      limits: { maxCost: 500 },
    });
    token = await customerToken(gateway.key, 'P00000001');
  });
  afterAll(async () => {
    await gateway?.stop();
    removeTestTempDir(dir);
  });

  it('estimates with the new composition’s list sizes from its first request on', async () => {
    const ask = () => gateway.post({ query: QUERY }, { authorization: `Bearer ${token}` });
    // 3 × (1 + 5) = 18: admitted, then fails only at the subgraph that does not run.
    const before = await ask();
    expect(before.body.errors?.map((error) => error.extensions?.['code'])).toEqual(['SUBGRAPH_UNAVAILABLE']);

    writeAtomically(path.join(dir, 'supergraph.graphql'), composeTestSupergraph(catalog(100), subgraphUrl));
    // 100 × (1 + 5) = 600 > 500; the same document was admitted before, so no verdict of the old one is kept.
    const after = await eventually(async () => {
      const result = await ask();
      expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'COST_ESTIMATED_TOO_EXPENSIVE' });
      return result;
    });
    expect(after.body.errors?.[0]?.extensions).toMatchObject({ maximum: 500, actual: 600 });
  });
});
