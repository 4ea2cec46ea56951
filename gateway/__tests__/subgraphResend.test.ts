import { createServer, type Server, type Socket } from 'node:net';
import { composeTestSupergraph, customerToken, startTestGateway, type TestGateway } from './support';

/**
 * A subgraph replica that closes a kept-alive connection just as the gateway sends a call on it
 * (a drain closing its idle sockets, docs/operations.md#shutdown): the gateway sends a query once
 * more on a new connection, and never a mutation, which the subgraph may have run. Played by a
 * raw TCP "subgraph" that reads a request whole and then closes the connection without a byte of
 * answer, for as many requests as the test says; or holds it unanswered, as a hung replica does.
 */

const CATALOG = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type Query {
    hello: String
  }
  type Mutation {
    bump: Int
  }
`;

interface CuttingSubgraph {
  url: string;
  /** Requests received whole (cut or answered), by the operation type their query starts with. */
  received: string[];
  /** How many of the next requests are read whole and then left unanswered, the connection closed. */
  cutNext(count: number): void;
  /** How many of the next requests are read whole and never answered, the connection left open. */
  holdNext(count: number): void;
  close(): Promise<void>;
}

async function startCuttingSubgraph(): Promise<CuttingSubgraph> {
  const received: string[] = [];
  let toCut = 0;
  let toHold = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    let buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const headEnd = buffer.indexOf('\r\n\r\n');
        if (headEnd < 0) return;
        const length = Number(
          /content-length:\s*(\d+)/i.exec(buffer.subarray(0, headEnd).toString('latin1'))?.[1] ?? 0,
        );
        if (buffer.length < headEnd + 4 + length) return;
        const body = JSON.parse(buffer.subarray(headEnd + 4, headEnd + 4 + length).toString('utf8')) as {
          query: string;
        };
        buffer = buffer.subarray(headEnd + 4 + length);
        const mutation = body.query.trimStart().startsWith('mutation');
        received.push(mutation ? 'mutation' : 'query');
        if (toCut > 0) {
          toCut--;
          socket.destroy();
          return;
        }
        if (toHold > 0) {
          toHold--;
          return;
        }
        const answer = JSON.stringify({ data: mutation ? { bump: 1 } : { hello: 'hello' } });
        socket.write(
          `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(answer)}\r\n\r\n${answer}`,
        );
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    received,
    cutNext: (count) => (toCut = count),
    holdNext: (count) => (toHold = count),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('a subgraph call whose connection closes before any answer', () => {
  let subgraph: CuttingSubgraph;
  let gateway: TestGateway;
  let headers: Record<string, string>;

  beforeAll(async () => {
    subgraph = await startCuttingSubgraph();
    gateway = await startTestGateway(composeTestSupergraph(CATALOG, subgraph.url));
    headers = { authorization: `Bearer ${await customerToken(gateway.key, 'P00000001')}` };
  });
  afterAll(async () => {
    await gateway.stop();
    await subgraph.close();
  });
  beforeEach(() => {
    subgraph.received.length = 0;
  });

  it('is sent once more when it is a query, and answered', async () => {
    subgraph.cutNext(1);
    const { status, body } = await gateway.post({ query: '{ hello }' }, headers);
    expect({ status, body }).toEqual({ status: 200, body: { data: { hello: 'hello' } } });
    expect(subgraph.received).toEqual(['query', 'query']);
  });

  it('is sent once more only: a second close is the subgraph being unavailable', async () => {
    subgraph.cutNext(2);
    const { body } = await gateway.post({ query: '{ hello }' }, headers);
    expect(body.data).toEqual({ hello: null });
    expect(body.errors?.map((error) => error.extensions?.['code'])).toEqual(['SUBGRAPH_UNAVAILABLE']);
    expect(subgraph.received).toEqual(['query', 'query']);
  });

  it('is not sent again when it is a mutation, which may have run', async () => {
    subgraph.cutNext(1);
    const { body } = await gateway.post({ query: 'mutation { bump }' }, headers);
    expect(body.data).toEqual({ bump: null });
    expect(body.errors?.map((error) => error.extensions?.['code'])).toEqual(['SUBGRAPH_UNAVAILABLE']);
    expect(subgraph.received).toEqual(['mutation']);
  });

  it('is cut at the subgraph timeout when it is never answered, and not sent again', async () => {
    subgraph.holdNext(1);
    const { body } = await gateway.post({ query: '{ hello }' }, headers);
    expect(body.data).toEqual({ hello: null });
    expect(body.errors?.map((error) => error.extensions?.['code'])).toEqual(['SUBGRAPH_UNAVAILABLE']);
    expect(subgraph.received).toEqual(['query']);
    // The held connection is closed by the gateway; the next call is answered on a new one.
    expect((await gateway.post({ query: '{ hello }' }, headers)).body).toEqual({ data: { hello: 'hello' } });
  });
});
