import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { removeTestTempDir, testTempDir } from '../../test-support/tempDirs';
import { baseRef, checkSchemaChanges, compareSupergraphs, formatReport, readIntendedChanges } from '../schemaChanges';

/** A supergraph of one subgraph, as scripts/compose.ts makes the real one of four. */
function supergraph(typeDefs: string): string {
  const result = composeServices([{ name: 'people', url: 'http://127.0.0.1:1/graphql', typeDefs: parse(typeDefs) }]);
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.supergraphSdl;
}

const FEDERATION =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@inaccessible"])';

const BEFORE = supergraph(`${FEDERATION}
  type Query { "The signed-in person." me: Person }
  "A person." type Person @key(fields: "id") {
    "Opaque id." id: ID!
    "Given name." firstName: String!
    "What friends call them." nickname: String
    "Age in years." age: Int
  }`);

describe('schema changes between two supergraphs (their API schemas)', () => {
  it('calls a removed field breaking, and fails on it while it is not listed', async () => {
    const after = supergraph(`${FEDERATION}
      type Query { "The signed-in person." me: Person }
      "A person." type Person @key(fields: "id") { "Opaque id." id: ID! "Given name." firstName: String! "Age in years." age: Int }`);
    const report = await compareSupergraphs(BEFORE, after);
    expect(report.breaking).toEqual([
      {
        type: 'FIELD_REMOVED',
        path: 'Person.nickname',
        message: "Field 'nickname' was removed from object type 'Person'",
        level: 'breaking',
      },
    ]);
    expect(report.unlisted).toEqual(report.breaking);
  });

  it('calls a retyped field breaking', async () => {
    const after = supergraph(`${FEDERATION}
      type Query { "The signed-in person." me: Person }
      "A person." type Person @key(fields: "id") {
        "Opaque id." id: ID! "Given name." firstName: String! "What friends call them." nickname: String "Age in years." age: String
      }`);
    const report = await compareSupergraphs(BEFORE, after);
    expect(report.unlisted.map(({ type, path, level }) => ({ type, path, level }))).toEqual([
      { type: 'FIELD_TYPE_CHANGED', path: 'Person.age', level: 'breaking' },
    ]);
  });

  it('calls an added field safe, and a field clients cannot see (@inaccessible) no change at all', async () => {
    const after = supergraph(`${FEDERATION}
      type Query { "The signed-in person." me: Person }
      "A person." type Person @key(fields: "id") {
        "Opaque id." id: ID! "Given name." firstName: String! "What friends call them." nickname: String "Age in years." age: Int
        "Their preferred language." language: String
        "Internal scoring." score: Int @inaccessible
      }`);
    const report = await compareSupergraphs(BEFORE, after);
    expect(report.breaking).toEqual([]);
    expect(report.dangerous).toEqual([]);
    expect(report.safe.map(({ type, path }) => `${type} ${path}`)).toEqual([
      'FIELD_ADDED Person.language',
      'FIELD_DESCRIPTION_ADDED Person.language',
    ]);
  });

  it('passes a breaking change listed as intended, and reports a listed change that no longer happens', async () => {
    const after = supergraph(`${FEDERATION}
      type Query { "The signed-in person." me: Person }
      "A person." type Person @key(fields: "id") { "Opaque id." id: ID! "Given name." firstName: String! "Age in years." age: Int }`);
    const removal = { type: 'FIELD_REMOVED', path: 'Person.nickname', reason: 'No client ever asked for it.' };
    const gone = { type: 'FIELD_REMOVED', path: 'Person.age', reason: 'Listed before the age stayed after all.' };
    const report = await compareSupergraphs(BEFORE, after, [removal, gone]);
    expect(report.breaking.map((change) => change.path)).toEqual(['Person.nickname']);
    expect(report.unlisted).toEqual([]);
    expect(report.stale).toEqual([gone]);
  });

  it('prints every level and what fails the check', async () => {
    const after = supergraph(`${FEDERATION}
      type Query { "The signed-in person." me: Person }
      "A person." type Person @key(fields: "id") { "Opaque id." id: ID! "Given name." firstName: String! "Age in years." age: Int }`);
    const text = formatReport({
      base: 'the commit before HEAD, 0123456789ab',
      report: await compareSupergraphs(BEFORE, after),
    });
    expect(text).toBe(
      [
        'Schema changes against the commit before HEAD, 0123456789ab:',
        '  breaking: 1',
        "    - FIELD_REMOVED Person.nickname: Field 'nickname' was removed from object type 'Person'",
        '  dangerous: 0',
        '  safe: 0',
        '1 breaking change(s) not listed in schema/intended-breaking-changes.json: keep the field (deprecate it first), or list the change with the reason clients can bear it.',
        '',
      ].join('\n'),
    );
  });
});

describe('the list of intended breaking changes', () => {
  let dir: string;
  beforeAll(() => {
    dir = testTempDir('schema-changes');
  });
  afterAll(() => removeTestTempDir(dir));

  it('is readable in the repository', () => {
    expect(Array.isArray(readIntendedChanges())).toBe(true);
  });

  it('refuses an entry without a reason, naming the file and the entry', () => {
    const file = path.join(dir, 'intended.json');
    writeFileSync(file, JSON.stringify({ changes: [{ type: 'FIELD_REMOVED', path: 'Person.nickname', reason: '' }] }));
    expect(() => readIntendedChanges(file)).toThrow(/intended\.json: changes\.0\.reason: say why clients can bear it/);
  });
});

describe('the checked-in supergraph against the previous commit of main', () => {
  it('has no breaking change that is not listed as intended', async () => {
    const check = await checkSchemaChanges();
    // Without the previous commit (a shallow clone, an export without .git) the check cannot run; it says so.
    if ('skipped' in check) {
      console.warn(formatReport(check));
      return;
    }
    expect({ base: check.base, unlisted: check.report.unlisted }).toEqual({ base: check.base, unlisted: [] });
  });

  it('refuses a SCHEMA_BASE_REF that names no commit', () => {
    expect(() => baseRef({ SCHEMA_BASE_REF: 'no-such-ref-anywhere' })).toThrow(
      'SCHEMA_BASE_REF: no commit no-such-ref-anywhere in this checkout',
    );
  });
});
