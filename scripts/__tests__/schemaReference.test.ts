import { readFileSync } from 'node:fs';
import { type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType } from 'graphql';
import { SCHEMA_REFERENCE_FILE, clientSchema, ownTypes, prose, schemaReference } from '../schemaReference';

/** Every description a client can read, by the coordinate of what it describes (`Type.field(arg)`). */
function descriptions(schema: GraphQLSchema): { coordinate: string; description: string | null | undefined }[] {
  const found: { coordinate: string; description: string | null | undefined }[] = [];
  for (const type of ownTypes(schema)) {
    found.push({ coordinate: type.name, description: type.description });
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        found.push({ coordinate: `${type.name}.${field.name}`, description: field.description });
        for (const arg of field.args)
          found.push({ coordinate: `${type.name}.${field.name}(${arg.name}:)`, description: arg.description });
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        found.push({ coordinate: `${type.name}.${field.name}`, description: field.description });
    } else if (isEnumType(type)) {
      for (const value of type.getValues())
        found.push({ coordinate: `${type.name}.${value.name}`, description: value.description });
    } else if (isUnionType(type)) {
      // A union has no members of its own to describe; its description is checked above.
    }
  }
  return found;
}

/**
 * What a description must not hold: references to documents and trackers a client of the API
 * cannot open (design notes, numbered sections of them, tickets, paths into the repository).
 */
const INTERNAL_REFERENCES: { what: string; pattern: RegExp }[] = [
  { what: 'the word "seed"', pattern: /\bseeds?\b/i },
  { what: 'a § section sign', pattern: /§/ },
  { what: 'a numbered section (IV.3)', pattern: /\b[IVX]+\.\d/ },
  { what: 'a section number ("section 3.6")', pattern: /\b(sections?|chapter|requirements?)\s+\d+(\.\d+)*\b/i },
  { what: 'a markdown document (notes.md)', pattern: /\b[\w-]+\.md\b/i },
  {
    what: 'a path into the repository',
    pattern: /(^|[\s(`'"])\.{0,2}\/?(docs|work|shared|schema|subgraphs|platform)\/\S/i,
  },
  { what: 'a ticket (CG-123)', pattern: /(?<![\w-])[A-Z][A-Z0-9]{1,9}-\d+\b/ },
  { what: 'an issue or pull request (#123)', pattern: /(^|[\s(\w])#\d+\b|\b(issue|ticket|PR|pull request)\s*#?\d+/i },
  { what: 'a note to the developers', pattern: /\b(TODO|FIXME|XXX)\b/ },
];

describe('docs/schema.md', () => {
  it('is the reference generated from the checked-in supergraph', async () => {
    const expected = await schemaReference();
    const actual = readFileSync(SCHEMA_REFERENCE_FILE, 'utf8');
    if (actual !== expected) {
      throw new Error(
        'docs/schema.md is stale: run `npm run docs:schema` (after `npm run compose` when schema/*.graphql changed) and commit it.',
      );
    }
  });

  it('shows a description as written, markup escaped', () => {
    expect(prose('Send it as\n  Authorization: Bearer <token>.\n\n- EMAIL_IN_USE or CODE_*')).toBe(
      'Send it as Authorization: Bearer &lt;token&gt;.\n\n\\- EMAIL_IN_USE or CODE\\_\\*',
    );
  });
});

describe('the descriptions of the API schema', () => {
  const all = descriptions(clientSchema());

  it('describe every type, field, argument, enum value and input field', () => {
    expect(all.filter(({ description }) => !description?.trim()).map(({ coordinate }) => coordinate)).toEqual([]);
  });

  it('cite nothing a client cannot read (design notes, their sections, tickets, internal paths)', () => {
    const found = all.flatMap(({ coordinate, description }) =>
      INTERNAL_REFERENCES.filter(({ pattern }) => pattern.test(description ?? '')).map(
        ({ what }) => `${coordinate}: ${what}: ${description}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('are checked against the patterns they must not match', () => {
    const matches = (text: string) => INTERNAL_REFERENCES.filter(({ pattern }) => pattern.test(text)).length > 0;
    for (const internal of [
      'See IV.3.',
      'Generated from a seed.',
      'As requirements §3.6 says.',
      'Per NOTES.md.',
      'See docs/contracts.md',
      'Fixed in CG-1234.',
      'See #42.',
    ])
      expect([internal, matches(internal)]).toEqual([internal, true]);
    for (const fine of [
      'The Belgian licence plate, e.g. 1-ABC-123.',
      'Country as ISO 3166-1 alpha-2, e.g. BE.',
      'Mobile number in E.164, e.g. +32470123456.',
      'The amount as a decimal string, e.g. "1234.50".',
      'Opening time, HH:MM, Brussels time.',
    ])
      expect([fine, matches(fine)]).toEqual([fine, false]);
  });
});
