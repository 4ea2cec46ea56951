import {
  buildASTSchema,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { SUPERGRAPH_FILE } from '../../scripts/supergraph';
import { readSupergraph } from '../config';
import { costEstimator, costModelFromSdl } from '../limits/costModel';
import { DEFAULT_OPERATION_LIMITS } from '../limits/operationLimits';
import { operationShapeRules } from '../limits/validationRules';
import { PersistedOperationManifest } from '../persistedOperations';

/** A plausible value of an input type: required fields filled, lists of one, numbers at the default list size. */
function placeholder(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [placeholder(nullable.ofType)];
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(
      Object.values(nullable.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, placeholder(field.type)]),
    );
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]?.value;
  if (nullable.name === 'Int' || nullable.name === 'Float') return DEFAULT_OPERATION_LIMITS.defaultListSize;
  if (nullable.name === 'Boolean') return true;
  return 'x';
}

function placeholderVariables(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, variable.type) as GraphQLInputType | undefined;
      if (type) variables[variable.variable.name.value] = placeholder(type);
    }
  }
  return variables;
}

/** Root fields only broker tokens may ask for: operations on them are held to the brokers' cost limit. */
const BROKER_ROOT_FIELDS = new Set(['myBrokerOffice']);

function costLimitFor(document: DocumentNode): number {
  const brokersOnly = document.definitions.some(
    (definition) =>
      definition.kind === Kind.OPERATION_DEFINITION &&
      definition.selectionSet.selections.some(
        (selection) => selection.kind === Kind.FIELD && BROKER_ROOT_FIELDS.has(selection.name.value),
      ),
  );
  return brokersOnly ? DEFAULT_OPERATION_LIMITS.maxBrokerCost : DEFAULT_OPERATION_LIMITS.maxCost;
}

/**
 * The registered operations must pass the gateway's default limits, or safelist mode would refuse
 * the portal itself; broker operations the brokers' limits.
 */
describe('every registered operation', () => {
  const sdl = readSupergraph(SUPERGRAPH_FILE);
  const schema = buildASTSchema(parse(sdl), { assumeValidSDL: true });
  const model = costModelFromSdl(sdl);
  const manifest = PersistedOperationManifest.fromFile();
  const documents = [...manifest.entries()].map(
    ([hash, text]) => [text.slice(0, text.indexOf('{')).trim() || hash, text] as const,
  );

  it('exists', () => {
    expect(documents.length).toBeGreaterThan(0);
  });

  it.each(documents)('%s is valid and within the default limits', (_name, text) => {
    const document = parse(text, { maxTokens: DEFAULT_OPERATION_LIMITS.maxTokens });
    expect(
      validate(schema, document, [...specifiedRules, ...operationShapeRules(DEFAULT_OPERATION_LIMITS)]).map(
        (error) => error.message,
      ),
    ).toEqual([]);
    const cost = getComplexity({
      schema,
      query: document,
      variables: placeholderVariables(schema, document),
      estimators: [costEstimator(model, DEFAULT_OPERATION_LIMITS.defaultListSize)],
    });
    expect(cost).toBeLessThanOrEqual(costLimitFor(document));
  });
});
