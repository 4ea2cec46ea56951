import { readFileSync } from 'node:fs';
import { SignJWT, generateKeyPair } from 'jose';
import {
  Kind,
  parse,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type DocumentNode,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import {
  ENTITIES,
  MATRIX_ACTORS,
  MATRIX_ROLES,
  ROOT_FIELDS,
  matrixFixture,
  type MatrixCase,
  type MatrixFixture,
  type MatrixRole,
  type MatrixRule,
  type Outcome,
  type Visibility,
} from '../../test-support/authorizationMatrix';
import {
  startSystem,
  TOKEN_AUDIENCE,
  type GraphQLResult,
  type RunningSystem,
  type SubgraphKey,
} from '../../test-support/system';
import { SUPERGRAPH_FILE } from '../../scripts/supergraph';

/**
 * The authorization matrix, generated from schema/supergraph.graphql and the rules in
 * test-support/authorizationMatrix.ts: every root field through the gateway and every entity as
 * `_entities` straight to each subgraph that resolves it, for every role, each cell a real
 * operation whose whole answer is searched for values the role must not see.
 */

interface Surface {
  subgraphs: string[];
  rootFields: string[];
  /** `<Type>@<subgraph>` for every subgraph that can resolve the entity. */
  entities: string[];
}

const argumentOf = (directive: ConstDirectiveNode, name: string): unknown => {
  const node = directive.arguments?.find((argument) => argument.name.value === name);
  return node ? valueFromASTUntyped(node.value) : undefined;
};

/** The subgraph name of each `join__Graph` value. */
function graphNames(document: DocumentNode): Map<string, string> {
  const names = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const graph = value.directives?.find((directive) => directive.name.value === 'join__graph');
      if (graph) names.set(value.name.value, String(argumentOf(graph, 'name')));
    }
  }
  return names;
}

function surfaceOf(sdl: string): Surface {
  const document = parse(sdl);
  const graphs = graphNames(document);
  const objects = document.definitions.filter(
    (definition): definition is ObjectTypeDefinitionNode => definition.kind === Kind.OBJECT_TYPE_DEFINITION,
  );
  const rootFields = objects
    .filter((type) => type.name.value === 'Query' || type.name.value === 'Mutation')
    .flatMap((type) => (type.fields ?? []).map((field) => `${type.name.value}.${field.name.value}`));
  const entities = objects.flatMap((type) =>
    (type.directives ?? [])
      .filter(
        (directive) =>
          directive.name.value === 'join__type' &&
          argumentOf(directive, 'key') !== undefined &&
          argumentOf(directive, 'resolvable') !== false,
      )
      .map((directive) => `${type.name.value}@${graphs.get(String(argumentOf(directive, 'graph'))) ?? '?'}`),
  );
  return {
    subgraphs: [...graphs.values()].sort(),
    rootFields: [...new Set(rootFields)].sort(),
    entities: [...new Set(entities)].sort(),
  };
}

const surface = surfaceOf(readFileSync(SUPERGRAPH_FILE, 'utf8'));

/** Every string in an answer: values, error messages, extensions. */
function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

/** A value appears as a whole string, or (8 characters and more) inside one. */
const appears = (strings: readonly string[], value: string): boolean =>
  strings.some((text) => text === value || (value.length >= 8 && text.includes(value)));

const CODE: Record<'forbidden' | 'unauthenticated', string> = {
  forbidden: 'FORBIDDEN',
  unauthenticated: 'UNAUTHENTICATED',
};

function expectCell(
  body: GraphQLResult['body'],
  outcome: Exclude<Outcome, { notApplicable: string }>,
  visibility: Visibility,
): void {
  const strings = stringsIn(body);
  const leaked = visibility.hidden.filter((value) => appears(strings, value));
  expect(leaked).toEqual([]);
  if (outcome === 'allowed') {
    expect(body.errors).toBeUndefined();
    expect(visibility.shown.filter((value) => !appears(strings, value))).toEqual([]);
    return;
  }
  const codes = (body.errors ?? []).map((error) => error.extensions?.['code']);
  expect(codes.length).toBeGreaterThan(0);
  expect([...new Set(codes)]).toEqual([CODE[outcome]]);
}

interface Cell {
  matrixCase: MatrixCase;
  role: MatrixRole;
  outcome: Exclude<Outcome, { notApplicable: string }>;
}

function cellsOf(rules: Readonly<Record<string, MatrixRule>>, present: readonly string[]): Array<[string, Cell]> {
  return Object.entries(rules)
    .filter(([key]) => present.includes(key))
    .flatMap(([key, rule]) =>
      rule.cases.flatMap((matrixCase) =>
        MATRIX_ROLES.flatMap((role): Array<[string, Cell]> => {
          const outcome = matrixCase.expect[role];
          if (typeof outcome !== 'string') return [];
          const name = `${key}, ${matrixCase.name}, as ${role}: ${outcome}`;
          return [[name, { matrixCase, role, outcome }]];
        }),
      ),
    );
}

let system: RunningSystem;
let fixture: MatrixFixture;
const tokens = new Map<MatrixRole, string | undefined>();

beforeAll(async () => {
  system = await startSystem();
  tokens.set('anonymous', undefined);
  for (const [role, actor] of Object.entries(MATRIX_ACTORS))
    tokens.set(role as MatrixRole, await system.token(actor.role, actor.id));
  // A broker's read of An's profile, so her audit trail holds a record the audit cells look for.
  const read = await system.query('query MatrixSetup($id: ID!) { customer(id: $id) { id } }', {
    token: tokens.get('broker'),
    variables: { id: MATRIX_ACTORS.customer.id },
  });
  expect(read.body.errors).toBeUndefined();
  // The trail knows the request by the id the gateway gave it.
  fixture = matrixFixture(system.universe, read.headers.get('x-request-id') ?? 'no x-request-id');
});
afterAll(async () => {
  await system.stop();
});

describe('the matrix covers the supergraph', () => {
  it('has a rule for every root field of Query and Mutation, and none for a field that is gone', () => {
    expect(surface.rootFields.length).toBeGreaterThan(0);
    expect(Object.keys(ROOT_FIELDS).sort()).toEqual(surface.rootFields);
  });

  it('has a rule for every entity in every subgraph that resolves it, and none for one that is gone', () => {
    expect(surface.entities).toContain('Customer@identity');
    expect(Object.keys(ENTITIES).sort()).toEqual(surface.entities);
  });

  it('names an outcome for every role of every case, and a reason for every cell it does not run', () => {
    for (const rule of [...Object.values(ROOT_FIELDS), ...Object.values(ENTITIES)]) {
      expect(rule.cases.length).toBeGreaterThan(0);
      for (const matrixCase of rule.cases) {
        expect(Object.keys(matrixCase.expect).sort()).toEqual([...MATRIX_ROLES].sort());
        for (const outcome of Object.values(matrixCase.expect))
          if (typeof outcome !== 'string') expect(outcome.notApplicable.trim().length).toBeGreaterThan(10);
      }
    }
  });

  it('has every entity answer anonymous callers UNAUTHENTICATED: a subgraph called without a token refuses everything', () => {
    for (const rule of Object.values(ENTITIES))
      for (const matrixCase of rule.cases) expect(matrixCase.expect.anonymous).toBe('unauthenticated');
  });
});

describe('root fields through the gateway', () => {
  it.each(cellsOf(ROOT_FIELDS, surface.rootFields))('%s', async (_name, cell) => {
    const probe = cell.matrixCase.probe(fixture);
    const { body } = await system.query(probe.query, {
      token: tokens.get(cell.role),
      variables: probe.variables ?? {},
    });
    expectCell(body, cell.outcome, cell.matrixCase.visibility(fixture, cell.role));
  });
});

describe('entities as _entities straight to each subgraph', () => {
  it.each(cellsOf(ENTITIES, surface.entities))('%s', async (name, cell) => {
    const subgraph = name.slice(name.indexOf('@') + 1, name.indexOf(',')) as SubgraphKey;
    const probe = cell.matrixCase.probe(fixture);
    const { body } = await system.query(probe.query, {
      token: tokens.get(cell.role),
      variables: probe.variables ?? {},
      url: system.subgraphUrls[subgraph],
    });
    expectCell(body, cell.outcome, cell.matrixCase.visibility(fixture, cell.role));
  });
});

describe('every subgraph called straight with a bad token', () => {
  const now = (): number => Math.floor(Date.now() / 1000);
  const claims = () => ({
    role: 'customer',
    sub: MATRIX_ACTORS.customer.id,
    iss: TOKEN_AUDIENCE.issuer,
    aud: TOKEN_AUDIENCE.audience,
    iat: now() - 600,
    exp: now() + 300,
  });
  const badTokens: Array<[string, () => Promise<string>]> = [
    [
      'an expired token',
      () =>
        new SignJWT({ ...claims(), exp: now() - 120 })
          .setProtectedHeader({ alg: 'ES256', kid: system.signingKey.kid })
          .sign(system.signingKey.privateKey),
    ],
    [
      'a token signed by another key under the right key id',
      async () =>
        new SignJWT(claims())
          .setProtectedHeader({ alg: 'ES256', kid: system.signingKey.kid })
          .sign((await generateKeyPair('ES256')).privateKey),
    ],
    [
      'an "alg: none" token',
      async () =>
        `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims())).toString('base64url')}.`,
    ],
    [
      'a token with a tampered payload',
      async () => {
        const [header, , signature] = (await system.token('broker', MATRIX_ACTORS.otherBroker.id)).split('.');
        return `${header}.${Buffer.from(JSON.stringify({ ...claims(), role: 'support' })).toString('base64url')}.${signature}`;
      },
    ],
  ];
  const cases = surface.subgraphs.flatMap((subgraph) =>
    badTokens.map(([name, token]): [string, string, () => Promise<string>] => [subgraph, name, token]),
  );

  it.each(cases)('%s refuses %s with 401 UNAUTHENTICATED before resolving anything', async (subgraph, _name, token) => {
    const { status, body } = await system.query(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id } } }',
      {
        token: await token(),
        variables: { r: [{ __typename: 'Customer', id: MATRIX_ACTORS.customer.id }] },
        url: system.subgraphUrls[subgraph as SubgraphKey],
      },
    );
    expect(status).toBe(401);
    expect(body.data ?? null).toBeNull();
    expect((body.errors ?? []).map((error) => error.extensions?.['code'])).toEqual(['UNAUTHENTICATED']);
  });
});
