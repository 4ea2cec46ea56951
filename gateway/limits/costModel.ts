import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  parse,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/**
 * Demand control as Apollo Router and Hive Gateway estimate it, from the IBM cost directives that
 * Federation 2.9 composes into the supergraph: an object costs 1 and a leaf 0 unless `@cost`
 * says otherwise, a list multiplies its items' cost by its expected size (`@listSize`: the value
 * of a slicing argument, else its assumed size, else a default), and a mutation field costs 10.
 * A cursor connection's `@listSize(slicingArguments:, sizedFields:)` sizes its named child lists
 * (`portfolio(first: 20) { edges }`: 20 edges) when the operation gives or defaults the slicing
 * argument (see sizedListSizes).
 */
export interface FieldCost {
  weight?: number;
  assumedSize?: number;
  slicingArguments?: readonly string[];
  /** Child lists the slicing arguments size (a connection's `edges` or `nodes`). */
  sizedFields?: readonly string[];
  /** `@cost` on arguments: added when the argument is given. */
  argumentWeights?: Readonly<Record<string, number>>;
}

export interface CostModel {
  /** Keyed by "Type.field". */
  fields: ReadonlyMap<string, FieldCost>;
  /** `@cost` on a type: what a field returning it costs unless the field has its own. */
  types: ReadonlyMap<string, number>;
  mutationType: string;
}

const COST_SPEC = /^https:\/\/specs\.apollo\.dev\/cost\/v0\.\d+$/;
const FEDERATION_SPEC = /^https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+$/;
const MUTATION_WEIGHT = 10;

function argument(directive: ConstDirectiveNode, name: string): unknown {
  const node = directive.arguments?.find((arg) => arg.name.value === name);
  return node ? valueFromASTUntyped(node.value) : undefined;
}

/**
 * The names `@cost` and `@listSize` carry in this supergraph, following its `@link`s: a supergraph
 * links the cost spec (imported names, or `cost` / `cost__listSize`); a subgraph SDL links them
 * through the federation spec.
 */
function directiveNames(document: DocumentNode): { cost: Set<string>; listSize: Set<string> } {
  const cost = new Set<string>();
  const listSize = new Set<string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of definition.directives ?? []) {
      if (link.name.value !== 'link') continue;
      const url = argument(link, 'url');
      if (typeof url !== 'string') continue;
      const isCost = COST_SPEC.test(url);
      if (!isCost && !FEDERATION_SPEC.test(url)) continue;
      const prefix = (argument(link, 'as') as string | undefined) ?? (isCost ? 'cost' : 'federation');
      const imports = (argument(link, 'import') as unknown[] | undefined) ?? [];
      const imported = (name: string): string | undefined => {
        for (const entry of imports) {
          if (entry === `@${name}`) return name;
          if (typeof entry === 'object' && entry !== null && (entry as { name?: unknown }).name === `@${name}`) {
            return String((entry as { as?: unknown }).as ?? `@${name}`).replace(/^@/, '');
          }
        }
        return undefined;
      };
      cost.add(imported('cost') ?? (isCost ? prefix : `${prefix}__cost`));
      listSize.add(imported('listSize') ?? `${prefix}__listSize`);
    }
  }
  return { cost, listSize };
}

/** Reads the cost directives of a supergraph (or subgraph) SDL. */
export function costModelFromSdl(sdl: string): CostModel {
  const document = parse(sdl);
  const names = directiveNames(document);
  const fields = new Map<string, FieldCost>();
  const types = new Map<string, number>();
  let mutationType = 'Mutation';
  const weightOf = (directives: readonly ConstDirectiveNode[] | undefined): number | undefined => {
    const directive = directives?.find((d) => names.cost.has(d.name.value));
    const weight = directive ? argument(directive, 'weight') : undefined;
    return typeof weight === 'number' ? weight : undefined;
  };

  for (const definition of document.definitions) {
    if (definition.kind === Kind.SCHEMA_DEFINITION) {
      const mutation = definition.operationTypes.find((op) => op.operation === 'mutation');
      if (mutation) mutationType = mutation.type.name.value;
    }
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION
    )
      continue;
    const typeWeight = weightOf(definition.directives);
    if (typeWeight !== undefined) types.set(definition.name.value, typeWeight);
    for (const field of definition.fields ?? []) {
      const cost: FieldCost = {};
      const weight = weightOf(field.directives);
      if (weight !== undefined) cost.weight = weight;
      const listSize = field.directives?.find((d) => names.listSize.has(d.name.value));
      if (listSize) {
        const assumed = argument(listSize, 'assumedSize');
        const slicing = argument(listSize, 'slicingArguments');
        const sized = argument(listSize, 'sizedFields');
        if (typeof assumed === 'number') cost.assumedSize = assumed;
        if (Array.isArray(slicing)) cost.slicingArguments = slicing.filter((s): s is string => typeof s === 'string');
        if (Array.isArray(sized)) cost.sizedFields = sized.filter((s): s is string => typeof s === 'string');
      }
      const argumentWeights: Record<string, number> = {};
      for (const arg of field.arguments ?? []) {
        const argWeight = weightOf(arg.directives);
        if (argWeight !== undefined) argumentWeights[arg.name.value] = argWeight;
      }
      if (Object.keys(argumentWeights).length) cost.argumentWeights = argumentWeights;
      if (Object.keys(cost).length) fields.set(`${definition.name.value}.${field.name.value}`, cost);
    }
  }
  return { fields, types, mutationType };
}

/** How many items a list field is expected to return for these arguments. */
export function expectedListSize(
  cost: FieldCost | undefined,
  args: Record<string, unknown>,
  defaultListSize: number,
): number {
  const sliced = (cost?.slicingArguments ?? [])
    .map((name) => args[name])
    .filter((value): value is number => typeof value === 'number');
  if (sliced.length) return Math.max(0, ...sliced);
  return cost?.assumedSize ?? defaultListSize;
}

/**
 * The cost of one field given its children's cost: the estimator graphql-query-complexity calls
 * per field. `sizedBy` is the size a parent connection gives this list (sizedListSizes).
 */
export function fieldCost(
  model: CostModel,
  defaultListSize: number,
  parent: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  childComplexity: number,
  sizedBy?: number,
): number {
  if (parent.name.startsWith('__') || field.name.startsWith('__')) return 0;
  const cost = model.fields.get(`${parent.name}.${field.name}`);
  const named = getNamedType(field.type);
  const base = parent.name === model.mutationType ? MUTATION_WEIGHT : 0;
  const weight = base + (cost?.weight ?? model.types.get(named.name) ?? (isCompositeType(named) ? 1 : 0));
  let argumentsWeight = 0;
  for (const [name, argWeight] of Object.entries(cost?.argumentWeights ?? {}))
    if (args[name] !== undefined) argumentsWeight += argWeight;
  const size = isListType(getNullableType(field.type)) ? (sizedBy ?? expectedListSize(cost, args, defaultListSize)) : 1;
  return argumentsWeight + size * (weight + childComplexity);
}

/** `sized` gives the lists a parent connection sizes in this operation (sizedListSizes). */
export function costEstimator(
  model: CostModel,
  defaultListSize: number,
  sized: ReadonlyMap<FieldNode, number> = new Map(),
): ComplexityEstimator {
  return ({ type, field, node, args, childComplexity }) =>
    fieldCost(model, defaultListSize, type, field, args, childComplexity, sized.get(node));
}

/** The fields directly selected in a selection set, through inline fragments and fragment spreads. */
function selectedFields(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen: Set<string>,
): FieldNode[] {
  return selectionSet.selections.flatMap((selection): FieldNode[] => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectedFields(selection.selectionSet, fragments, seen);
    const fragment = fragments.get(selection.name.value);
    if (!fragment || seen.has(fragment.name.value)) return [];
    seen.add(fragment.name.value);
    return selectedFields(fragment.selectionSet, fragments, seen);
  });
}

/**
 * How many items each list a connection sizes will hold in this operation: under
 * `portfolio(first: 20)` (`@listSize(slicingArguments: ["first"], sizedFields: ["edges"])`) the
 * `edges` selection holds 20, the argument's default when it is not given. Keyed by the list's
 * node in the document; a node under several connections (a shared fragment) takes the largest.
 * Variables must already be coerced.
 */
export function sizedListSizes(
  model: CostModel,
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): Map<FieldNode, number> {
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const sizes = new Map<FieldNode, number>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const definition = typeInfo.getFieldDef();
        if (!parent || !definition || !node.selectionSet) return;
        const cost = model.fields.get(`${parent.name}.${definition.name}`);
        if (!cost?.sizedFields?.length) return;
        const args = getArgumentValues(definition, node, variables);
        const sliced = (cost.slicingArguments ?? [])
          .map((name) => args[name])
          .filter((value): value is number => typeof value === 'number');
        if (sliced.length === 0) return;
        const size = Math.max(0, ...sliced);
        for (const child of selectedFields(node.selectionSet, fragments, new Set())) {
          if (cost.sizedFields.includes(child.name.value)) sizes.set(child, Math.max(sizes.get(child) ?? 0, size));
        }
      },
    }),
  );
  return sizes;
}

/** Every argument a @listSize slices by, so the page-size cap covers them too. */
export function slicingArguments(model: CostModel): Set<string> {
  const names = new Set<string>();
  for (const cost of model.fields.values()) for (const name of cost.slicingArguments ?? []) names.add(name);
  return names;
}
