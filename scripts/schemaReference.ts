import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  astFromValue,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  print,
} from 'graphql';
import type { Options } from 'prettier';
import { format } from 'prettier/standalone';
import * as markdownPlugin from 'prettier/plugins/markdown';
import { projectRoot } from '../platform/paths';
import { SUPERGRAPH_FILE } from './supergraph';

/**
 * `npm run docs:schema`: writes docs/schema.md, the reference of what a client of the gateway can
 * query, from the checked-in supergraph's API schema (what Apollo's API-schema facility keeps of the
 * supergraph: no join__/link__ types, no federation directives, no @inaccessible fields). The output
 * is sorted and formatted with the project's Prettier options, so the same supergraph always gives
 * the same file; scripts/__tests__/schemaReference.test.ts fails when the checked-in file is stale.
 *
 * Prettier's standalone build formats it (the Node entry point loads ES modules with import(),
 * which jest's sandbox refuses), with the options of .prettierrc.json.
 */

export const SCHEMA_REFERENCE_FILE = path.join(projectRoot, 'docs', 'schema.md');
const PRETTIER_CONFIG_FILE = path.join(projectRoot, '.prettierrc.json');

/** The schema clients see: the supergraph without its federation machinery. */
export function clientSchema(supergraphSdl: string = readFileSync(SUPERGRAPH_FILE, 'utf8')): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** The schema's own named types: neither introspection types nor GraphQL's built-in scalars. */
export function ownTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => !isIntrospectionType(type) && !(isScalarType(type) && isSpecifiedScalarType(type)))
    .sort((a, b) => compare(a.name, b.name));
}

/** docs/schema.md's text for a supergraph, formatted as `prettier --check` expects it. */
export async function schemaReference(supergraphSdl?: string): Promise<string> {
  const markdown = renderSchemaReference(clientSchema(supergraphSdl));
  const options = JSON.parse(readFileSync(PRETTIER_CONFIG_FILE, 'utf8')) as Options;
  return format(markdown, { ...options, parser: 'markdown', plugins: [markdownPlugin] });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The anchor GitHub gives the heading of a type (its name, lower case). */
export function typeAnchor(name: string): string {
  return name.toLowerCase();
}

const rootSections = [
  { title: 'Queries', root: (schema: GraphQLSchema) => schema.getQueryType() },
  { title: 'Mutations', root: (schema: GraphQLSchema) => schema.getMutationType() },
  { title: 'Subscriptions', root: (schema: GraphQLSchema) => schema.getSubscriptionType() },
] as const;

const typeSections: { title: string; matches: (type: GraphQLNamedType) => boolean; intro: string }[] = [
  { title: 'Objects', matches: isObjectType, intro: 'What queries and mutations return.' },
  {
    title: 'Interfaces',
    matches: isInterfaceType,
    intro: 'Fields several object types share: select them once for all of those types.',
  },
  {
    title: 'Unions',
    matches: isUnionType,
    intro: 'One of several object types: select the fields of each with `... on Type`, and branch on `__typename`.',
  },
  { title: 'Enums', matches: isEnumType, intro: 'Fixed sets of values, sent and received as their names.' },
  { title: 'Input types', matches: isInputObjectType, intro: 'What mutations and arguments take.' },
  {
    title: 'Scalars',
    matches: isScalarType,
    intro:
      'Values sent as strings, besides GraphQL\'s own `String`, `Int`, `Float`, `Boolean` and `ID`. `!` after a type means "never null".',
  },
];

/** The reference as markdown, before formatting. */
export function renderSchemaReference(schema: GraphQLSchema): string {
  const roots = new Set(rootSections.map(({ root }) => root(schema)?.name).filter(Boolean));
  const types = ownTypes(schema).filter((type) => !roots.has(type.name));
  const out: string[] = [];
  const anchors = new Set<string>();
  const heading = (level: number, text: string, anchor: string) => {
    if (anchors.has(anchor)) throw new Error(`Two headings of docs/schema.md would have the anchor #${anchor}`);
    anchors.add(anchor);
    out.push(`${'#'.repeat(level)} ${text}`, '');
  };

  heading(1, 'Schema reference', 'schema-reference');
  out.push(
    'Every query, mutation and type a client of the gateway can use (`POST /graphql`), with the descriptions Apollo Sandbox shows. It is generated from the composed schema ([schema/](../schema)) by `npm run docs:schema`: do not edit it by hand. Types are sorted by name within their kind and fields by name; arguments and enum values keep the schema\'s order. `!` after a type means "never null"; a field without it can be null, as its description says.',
    '',
  );

  heading(2, 'Contents', 'contents');
  for (const { title, root } of rootSections) {
    const type = root(schema);
    if (!type) continue;
    const fields = sortedFields(type.getFields());
    out.push(
      `- [${title}](#${title.toLowerCase()}): ${fields.map((f) => `[${f.name}](#${rootAnchor(type.name, f.name)})`).join(', ')}`,
    );
  }
  for (const section of typeSections) {
    const members = types.filter(section.matches);
    if (members.length === 0) continue;
    out.push(
      `- [${section.title}](#${sectionAnchor(section.title)}): ${members.map((t) => `[${t.name}](#${typeAnchor(t.name)})`).join(', ')}`,
    );
  }
  out.push('');

  for (const { title, root } of rootSections) {
    const type = root(schema);
    if (!type) continue;
    heading(2, title, title.toLowerCase());
    if (type.description) out.push(prose(type.description), '');
    for (const field of sortedFields(type.getFields())) {
      heading(3, `${type.name}.${field.name}`, rootAnchor(type.name, field.name));
      out.push(...description(field.description), `Returns ${typeRef(field.type)}.`, '');
      if (field.args.length > 0) out.push('Arguments:', '', ...field.args.flatMap((arg) => inputValueItem(arg)), '');
      if (field.deprecationReason) out.push(deprecation(field.deprecationReason), '');
    }
  }

  for (const section of typeSections) {
    const members = types.filter(section.matches);
    if (members.length === 0) continue;
    heading(2, section.title, sectionAnchor(section.title));
    out.push(section.intro, '');
    for (const type of members) {
      heading(3, type.name, typeAnchor(type.name));
      out.push(...description(type.description));
      out.push(...typeBody(schema, type));
    }
  }
  return out.join('\n');
}

function typeBody(schema: GraphQLSchema, type: GraphQLNamedType): string[] {
  const out: string[] = [];
  if (isObjectType(type) || isInterfaceType(type)) {
    const interfaces = type.getInterfaces();
    if (interfaces.length > 0) out.push(`Implements ${links(interfaces)}.`, '');
    if (isInterfaceType(type)) {
      const { objects, interfaces: extending } = schema.getImplementations(type);
      const implementations = [...objects, ...extending];
      if (implementations.length > 0) out.push(`Implemented by ${links(implementations)}.`, '');
    }
    out.push('Fields:', '', ...sortedFields(type.getFields()).flatMap((field) => fieldItem(field)), '');
  } else if (isUnionType(type)) {
    out.push(`One of ${links(type.getTypes())}.`, '');
  } else if (isEnumType(type)) {
    out.push('Values:', '');
    for (const value of type.getValues()) {
      out.push(item(`\`${value.name}\``, value.description, value.deprecationReason));
    }
    out.push('');
  } else if (isInputObjectType(type)) {
    if (type.isOneOf) out.push('Give exactly one of its fields.', '');
    out.push('Fields:', '', ...sortedFields(type.getFields()).flatMap((field) => inputValueItem(field)), '');
  } else if (isScalarType(type) && type.specifiedByURL) {
    out.push(`Specified by <${type.specifiedByURL}>.`, '');
  }
  return out;
}

function sortedFields<T extends { name: string }>(fields: Record<string, T>): T[] {
  return Object.values(fields).sort((a, b) => compare(a.name, b.name));
}

function rootAnchor(rootType: string, field: string): string {
  return `${rootType}${field}`.toLowerCase();
}

function sectionAnchor(title: string): string {
  return title.toLowerCase().replace(/ /g, '-');
}

function links(types: readonly GraphQLNamedType[]): string {
  const sorted = [...types]
    .sort((a, b) => compare(a.name, b.name))
    .map((t) => `[\`${t.name}\`](#${typeAnchor(t.name)})`);
  return sorted.length <= 2 ? sorted.join(' and ') : `${sorted.slice(0, -1).join(', ')} and ${sorted.at(-1)}`;
}

/** A type as written in the schema (`[LifeContract!]!`), linked to its named type's section. */
function typeRef(type: GraphQLType): string {
  const named = getNamedType(type);
  const code = `\`${String(type)}\``;
  return isScalarType(named) && isSpecifiedScalarType(named) ? code : `[${code}](#${typeAnchor(named.name)})`;
}

function fieldItem(field: GraphQLField<unknown, unknown>): string[] {
  const lines = [item(`\`${field.name}\`: ${typeRef(field.type)}`, field.description, field.deprecationReason)];
  if (field.args.length > 0) {
    lines.push('', indent(['Arguments:', '', ...field.args.flatMap((arg) => inputValueItem(arg))].join('\n')), '');
  }
  return lines;
}

function inputValueItem(value: GraphQLArgument | GraphQLInputField): string[] {
  let head = `\`${value.name}\`: ${typeRef(value.type)}`;
  if (value.defaultValue !== undefined) {
    const ast = astFromValue(value.defaultValue, value.type);
    if (ast) head += ` (default \`${print(ast)}\`)`;
  }
  return [item(head, value.description, value.deprecationReason)];
}

/** A list item: its head, its description's first paragraph after a dash, further paragraphs indented. */
function item(head: string, text: string | null | undefined, deprecationReason?: string | null): string {
  const paragraphs = text ? prose(text).split('\n\n') : [];
  if (deprecationReason) paragraphs.push(deprecation(deprecationReason));
  const [first, ...rest] = paragraphs;
  const lines = [`- ${head}${first ? ` — ${first}` : ''}`];
  for (const paragraph of rest) lines.push('', indent(paragraph));
  return lines.join('\n');
}

function deprecation(reason: string): string {
  return `**Deprecated:** ${prose(reason)}`;
}

function description(text: string | null | undefined): string[] {
  return text ? [prose(text), ''] : [];
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
}

/**
 * A description as markdown: its paragraphs (separated by blank lines) each on one line, with what
 * markdown would read as markup escaped outside code spans, so the text shows as written.
 */
export function prose(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) =>
      escapeMarkdown(
        paragraph
          .split('\n')
          .map((line) => line.trim())
          .join(' '),
      ),
    )
    .join('\n\n');
}

function escapeMarkdown(paragraph: string): string {
  const escaped = paragraph
    .split(/(`[^`]*`)/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/[\\*[\]]/g, (c) => `\\${c}`)
            // An underscore inside a word (EMAIL_IN_USE) is no emphasis; one at a word's edge could be.
            .replace(/_/g, (c, offset: number, whole: string) =>
              /\w/.test(whole[offset - 1] ?? '') && /\w/.test(whole[offset + 1] ?? '') ? c : `\\${c}`,
            )
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;'),
    )
    .join('');
  // A paragraph that starts like a heading, a list item or a quote stays a paragraph.
  return escaped.replace(/^([#+-]|\d+[.)])(?=\s)/, (start) => start.replace(/([#+\-.)])/, '\\$1'));
}

async function main(): Promise<void> {
  const text = await schemaReference();
  writeFileSync(SCHEMA_REFERENCE_FILE, text);
  process.stdout.write(`Wrote ${path.relative(projectRoot, SCHEMA_REFERENCE_FILE)}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
