import {
  answerFacts,
  BashSession,
  fences,
  headingAnchors,
  localLinks,
  missingFacts,
  rewritePorts,
  steps,
} from '../../test-support/docCommands';

/** The rules the docs tests apply, on small texts: what is run, what is checked, what is rewritten. */
describe('the docs test rules', () => {
  const doc = [
    '# Title',
    '```bash',
    'curl -s localhost:4000/graphql',
    '```',
    'Some prose.',
    '```json',
    '{ "id": "P00000001", "firstName": "An", "amount": "12.50", "token": "eyJ…" }',
    '```',
    '## A heading',
    '```text',
    'not an answer: a heading stands between',
    '```',
    '- a list item',
    '  ```sh',
    '  npm start',
    '  ```',
    '~~~bash',
    'echo ~~~',
    '~~~',
  ].join('\n');

  it('finds every fence with its language, line and whether a heading precedes it', () => {
    expect(fences(doc).map(({ lang, line, headingBefore }) => ({ lang, line, headingBefore }))).toEqual([
      { lang: 'bash', line: 2, headingBefore: true },
      { lang: 'json', line: 6, headingBefore: false },
      { lang: 'text', line: 10, headingBefore: true },
      { lang: 'sh', line: 14, headingBefore: false },
      { lang: 'bash', line: 17, headingBefore: false },
    ]);
    expect(fences(doc)[3]?.body).toBe('npm start');
    expect(fences(doc)[4]?.body).toBe('echo ~~~');
  });

  it('runs bash fences only, each with the json or text answer right after it', () => {
    const found = steps(doc);
    expect(found.map((step) => [step.block.line, step.answer?.line])).toEqual([
      [2, 6],
      [17, undefined],
    ]);
  });

  it('checks the facts of an answer that do not change from run to run', () => {
    const [, json] = fences(doc);
    expect(answerFacts(json!)).toEqual(['"id"', '"P00000001"', '"firstName"', '"An"', '"amount"', '"token"']);
    expect(missingFacts(json!, '{"id":"P00000001","firstName":"An","amount":"99.00","token":"x"}')).toEqual([]);
    expect(missingFacts(json!, '{"id":"P00000002","firstName":"Luc","amount":"12.50","token":"x"}')).toEqual([
      '"P00000001"',
      '"An"',
    ]);
    const text = {
      lang: 'text',
      body: 'HTTP/1.1 200 OK\ncontent-type: application/pdf',
      line: 1,
      headingBefore: false,
    };
    expect(missingFacts(text, 'http/1.1 200 ok\nContent-Type: application/pdf')).toEqual([]);
    expect(missingFacts(text, 'HTTP/1.1 401 Unauthorized')).toEqual(['ok', 'content-type:', 'application/pdf']);
  });

  it('rewrites the documented ports only', () => {
    expect(
      rewritePorts('curl localhost:4000/graphql 127.0.0.1:4102/admin localhost:4904 localhost:5432 x:4000', 20_000),
    ).toBe('curl localhost:24000/graphql 127.0.0.1:24102/admin localhost:24904 localhost:5432 x:4000');
  });

  it('finds local links and the anchors of headings as GitHub spells them', () => {
    const markdown = [
      '# Contact & Help',
      '## Non-life contracts and "I can\'t find my contract"',
      '## Paging',
      '## Paging',
      'See [a](docs/a.md#x), [b](#paging-1), ![c](images/c.png "title"), [web](https://example.com) and `[no](code.md)`.',
      '```',
      '[inside](a fence.md)',
      '```',
      '[ref]: ../README.md',
    ].join('\n');
    expect(localLinks(markdown)).toEqual([
      { path: 'docs/a.md', fragment: 'x', line: 5 },
      { path: '', fragment: 'paging-1', line: 5 },
      { path: 'images/c.png', line: 5 },
      { path: '../README.md', line: 9 },
    ]);
    expect([...headingAnchors(markdown)]).toEqual([
      'contact--help',
      'non-life-contracts-and-i-cant-find-my-contract',
      'paging',
      'paging-1',
    ]);
  });
});

describe('a bash session for one doc', () => {
  let session: BashSession;
  beforeAll(() => {
    session = new BashSession({ GREETING: 'hello' });
  });
  afterAll(async () => {
    await session.close();
  });

  it('keeps what one block defines for the next, with the environment it was given', async () => {
    expect(await session.run('NAME=world; greet() { echo "$GREETING $1"; }', 10_000)).toMatchObject({
      status: 0,
      failures: [],
    });
    expect(await session.run('greet "$NAME"', 10_000)).toMatchObject({ status: 0, stdout: 'hello world\n' });
  });

  it('counts a failing command anywhere in a block, not only its last', async () => {
    const run = await session.run('X=$(false; echo ignored)\nfalse | cat\necho still here', 10_000);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('still here\n');
    expect(run.failures.length).toBeGreaterThanOrEqual(2);
  });

  it('does not count a command that fails in a condition', async () => {
    const run = await session.run('if grep -q nothing /dev/null; then echo found; fi\nuntil true; do :; done', 10_000);
    expect(run).toMatchObject({ status: 0, failures: [] });
  });

  it('gives a block no input and writes mktemp into a folder of its own', async () => {
    const run = await session.run('cat; out=$(mktemp -d); echo "$out"', 10_000);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('doc-commands-');
  });

  it('ends a block that does not finish in time', async () => {
    const run = await session.run('sleep 30', 500);
    expect(run.timedOut).toBe(true);
    expect((await session.run('echo after', 1_000)).status).toBeNull();
  });
});
