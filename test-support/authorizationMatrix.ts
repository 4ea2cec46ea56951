import type { Universe } from '../legacy/shared/data/universe';
import { formatNationalRegisterNumber } from '../platform/belgium';

/**
 * The authorization matrix: what each role may do with every root field (Query, Mutation) and
 * every entity type of schema/supergraph.graphql, and the real operation that proves it.
 *
 * gateway/__tests__/authorizationMatrix.test.ts reads the supergraph and runs every cell: root
 * fields through the gateway, entities as `_entities` straight to each subgraph that resolves
 * them (the gateway never exposes `_entities`), with each role's token and with none. A root
 * field, or an entity in a subgraph, without a rule here fails that test; so does a rule for
 * something the schema no longer has.
 *
 * Adding a rule (every new root field and entity needs one):
 * - key: `Query.<field>` or `Mutation.<field>` in ROOT_FIELDS; `<Type>@<subgraph>` in ENTITIES,
 *   one per subgraph that can resolve the entity (a subgraph that only references it with
 *   `resolvable: false` needs none).
 * - one or more `cases`, each a `probe` (the operation; for entities use `entities(...)`) built
 *   from the fixture below, and `expect`: per role 'allowed', 'forbidden', 'unauthenticated' or
 *   `notApplicable('why')`. Probes of mutations must change nothing shared: invalid but
 *   well-typed input where the cell is about authorization, or objects the probe creates itself.
 * - `visibility(fixture, role)`: the values an allowed answer must contain (so an empty answer
 *   does not pass by accident) and the values from the legacy data that must appear nowhere in
 *   the answer, errors included. For a refused role that is every sensitive value of the object;
 *   for an allowed one, the values of whatever the role may not see (other customers, contracts
 *   of another broker office).
 *
 * A cell passes when: 'allowed' answers without any error and shows what it must;
 * 'forbidden' / 'unauthenticated' answer with that code only (and at least once); and no hidden
 * value appears anywhere in the answer. A value of 8 characters or more counts as appearing
 * inside any string; a shorter one (a first name) only as a whole string value.
 */

/** The roles of every cell. */
export const MATRIX_ROLES = ['anonymous', 'customer', 'otherCustomer', 'broker', 'otherBroker', 'support'] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

/**
 * Who plays each role (docs/demo-data.md): An Peeters holds contracts at both broker
 * offices (her fire contract is managed by B00002, everything else by B00001); Sophie Dubois is a
 * customer of B00001 only.
 */
export const MATRIX_ACTORS = {
  customer: { role: 'customer', id: 'P00000001' },
  otherCustomer: { role: 'customer', id: 'P00000003' },
  broker: { role: 'broker', id: 'B00001' },
  otherBroker: { role: 'broker', id: 'B00002' },
  support: { role: 'support', id: 'S0001' },
} as const satisfies Record<Exclude<MatrixRole, 'anonymous'>, { role: 'customer' | 'broker' | 'support'; id: string }>;

export type Outcome = 'allowed' | 'forbidden' | 'unauthenticated' | { notApplicable: string };

/** A cell that is not run, and why (e.g. a public mutation's role makes no difference to it). */
export const notApplicable = (reason: string): Outcome => ({ notApplicable: reason });

export interface Probe {
  query: string;
  variables?: Record<string, unknown>;
}

export interface Visibility {
  /** Values an allowed answer must contain. */
  shown: readonly string[];
  /** Values that must appear nowhere in the answer. */
  hidden: readonly string[];
}

export interface MatrixCase {
  /** What the case probes, e.g. "An's motor contract (B00001)"; part of the test name. */
  name: string;
  probe(fixture: MatrixFixture): Probe;
  expect: Readonly<Record<MatrixRole, Outcome>>;
  visibility(fixture: MatrixFixture, role: MatrixRole): Visibility;
}

export interface MatrixRule {
  cases: readonly MatrixCase[];
}

/** A person's values that identify them and must not reach anyone else. */
export interface PersonValues {
  id: string;
  firstName: string;
  /** National register number, birth date, e-mail, mobile number, IBAN. */
  secrets: readonly string[];
}

/** A contract's values: its number and the amounts and objects it is about. */
export interface ContractValues {
  number: string;
  brokerId: string;
  /** Whether the customer zone shows it (otherwise it is only listed as not shown). */
  shown: boolean;
  /** Contract number, amounts, plate, VIN, risk address. */
  secrets: readonly string[];
  /**
   * Names of beneficiaries. Checked only where the role sees no contract of the kind: the same
   * persons are named legitimately on contracts the role does see (as policyholder or insured).
   */
  names: readonly string[];
}

/** What the probes are about, read from the legacy data the mocks serve. */
export interface MatrixFixture {
  an: PersonValues;
  sophie: PersonValues;
  /** Life contracts An holds or is insured by. */
  anLife: readonly ContractValues[];
  /** Life contracts in An's household she is not policyholder or insured of (e.g. only beneficiary). */
  anLifeNotHers: readonly ContractValues[];
  anNonLife: readonly ContractValues[];
  /** Non-life contracts in An's household she is not policyholder or insured of (e.g. only driver). */
  anNonLifeNotHers: readonly ContractValues[];
  /** An's pension savings (B00001). */
  anPension: ContractValues;
  /** An's motor contract (B00001). */
  anMotor: ContractValues;
  /** An's fire contract (B00002). */
  anFire: ContractValues;
  /** Ids of the documents addressed to An, and to her partner Luc. */
  anDocuments: readonly string[];
  lucDocuments: readonly string[];
  /** The request id of a broker's read of An's profile that the test made first, so her audit trail is not empty. */
  auditedRequestId: string;
}

const AN_INDEX = 0;
const SOPHIE_INDEX = 2;
/** An amount as the graph writes it; nothing for zero, which many unrelated fields also show. */
const money = (cents: number | null | undefined): string[] =>
  typeof cents === 'number' && cents > 0 ? [(cents / 100).toFixed(2)] : [];

function personValues(universe: Universe, index: number): PersonValues {
  const person = universe.person(index);
  return {
    id: person.id,
    firstName: person.firstName,
    secrets: [person.nationalRegisterNumber, person.birthDate, person.email, person.mobile, universe.ibanOf(index)],
  };
}

const SHOWN_NON_LIFE = new Set(['AUTO', 'MOTO', 'WONING', 'BAGEZIN', 'ONGEVAL', 'RECHTSB']);
const NOT_SHOWN_LIFE = new Set(['DEATH', 'GI']);

function lifeValues(universe: Universe, number: string): ContractValues {
  const contract = universe.lifeContract(number);
  if (!contract) throw new Error(`No life contract ${number} in the legacy data.`);
  const beneficiaries = contract.beneficiaries.flatMap((beneficiary) => (beneficiary.name ? [beneficiary.name] : []));
  return {
    number,
    brokerId: contract.parties.intermediaryId,
    shown: !NOT_SHOWN_LIFE.has(contract.product),
    secrets: [number, ...money(contract.reserveCents), ...money(contract.surrenderValueCents)],
    names: beneficiaries,
  };
}

function nonLifeValues(universe: Universe, number: string): ContractValues {
  const contract = universe.nonLifeContract(number);
  if (!contract) throw new Error(`No non-life contract ${number} in the legacy data.`);
  const vehicle = contract.vehicle ? [contract.vehicle.plate, contract.vehicle.vin] : [];
  const building = contract.building
    ? [`${contract.building.address.street} ${contract.building.address.houseNumber}`]
    : [];
  return {
    number,
    brokerId: contract.parties.intermediaryId,
    shown: SHOWN_NON_LIFE.has(contract.product),
    secrets: [number, ...money(contract.premiumCents), ...vehicle, ...building],
    names: [],
  };
}

/** The contracts of a kind a person appears on in the legacy data, split into theirs (policyholder or insured) and not. */
function householdContracts(
  universe: Universe,
  index: number,
  kind: 'life' | 'nonlife',
): { theirs: ContractValues[]; notTheirs: ContractValues[] } {
  const values = (number: string) => (kind === 'life' ? lifeValues(universe, number) : nonLifeValues(universe, number));
  const entries = universe.contractRolesOf(index, kind);
  const theirs = entries.filter((entry) => entry.roles.includes('003') || entry.roles.includes('013'));
  return {
    theirs: theirs.map((entry) => values(entry.contractNumber)),
    notTheirs: entries.filter((entry) => !theirs.includes(entry)).map((entry) => values(entry.contractNumber)),
  };
}

function find(
  contracts: readonly ContractValues[],
  universe: Universe,
  kind: 'life' | 'nonlife',
  product: string,
): ContractValues {
  const found = contracts.find(
    (contract) =>
      (kind === 'life'
        ? universe.lifeContract(contract.number)?.product
        : universe.nonLifeContract(contract.number)?.product) === product,
  );
  if (!found) throw new Error(`An Peeters has no ${product} contract in the legacy data.`);
  return found;
}

export function matrixFixture(universe: Universe, auditedRequestId: string): MatrixFixture {
  const life = householdContracts(universe, AN_INDEX, 'life');
  const nonLife = householdContracts(universe, AN_INDEX, 'nonlife');
  const partner = universe.partnerIndex(AN_INDEX);
  return {
    an: personValues(universe, AN_INDEX),
    sophie: personValues(universe, SOPHIE_INDEX),
    anLife: life.theirs,
    anLifeNotHers: life.notTheirs,
    anNonLife: nonLife.theirs,
    anNonLifeNotHers: nonLife.notTheirs,
    anPension: find(life.theirs, universe, 'life', 'PS21'),
    anMotor: find(nonLife.theirs, universe, 'nonlife', 'AUTO'),
    anFire: find(nonLife.theirs, universe, 'nonlife', 'WONING'),
    anDocuments: universe.documentsOf(AN_INDEX).map((document) => document.id),
    lucDocuments: partner === undefined ? [] : universe.documentsOf(partner).map((document) => document.id),
    auditedRequestId,
  };
}

// ---- helpers for rules ------------------------------------------------------------------------

/** `_entities` for representations of one type, selecting `selection` on it. */
export function entities(
  typename: string,
  representations: ReadonlyArray<Record<string, unknown>>,
  selection: string,
): Probe {
  return {
    query: `query MatrixEntities($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`,
    variables: {
      representations: representations.map((representation) => ({ __typename: typename, ...representation })),
    },
  };
}

const secretsOf = (contracts: readonly ContractValues[]): string[] => contracts.flatMap((contract) => contract.secrets);
const namesOf = (contracts: readonly ContractValues[]): string[] => contracts.flatMap((contract) => contract.names);

/** The values of contracts the role may not see, less any value a contract it does see also carries. */
function hiddenBeside(hidden: readonly ContractValues[], visible: readonly ContractValues[]): string[] {
  const seen = new Set(secretsOf(visible));
  const names = visible.length === 0 ? namesOf(hidden) : [];
  return [...secretsOf(hidden), ...names].filter((value) => !seen.has(value));
}
const everyone = (fixture: MatrixFixture): string[] => [
  ...fixture.an.secrets,
  fixture.an.firstName,
  ...fixture.sophie.secrets,
  fixture.sophie.firstName,
];
const refused: Visibility = { shown: [], hidden: [] };

/** Expectations by role, every role named. */
const roles = (outcomes: Readonly<Record<MatrixRole, Outcome>>): Readonly<Record<MatrixRole, Outcome>> => outcomes;

/** A public operation: every caller, with a token or without, gets the same typed answer. */
const PUBLIC = roles({
  anonymous: 'allowed',
  customer: 'allowed',
  otherCustomer: 'allowed',
  broker: 'allowed',
  otherBroker: 'allowed',
  support: 'allowed',
});

/** For broker tokens only: each office its own (a feed, an acknowledgement). */
const BROKERS_ONLY = roles({
  anonymous: 'unauthenticated',
  customer: 'forbidden',
  otherCustomer: 'forbidden',
  broker: 'allowed',
  otherBroker: 'allowed',
  support: 'forbidden',
});

/** An's profile: herself, the brokers managing a contract she holds (both offices), support staff. */
const AN_PROFILE = roles({
  anonymous: 'unauthenticated',
  customer: 'allowed',
  otherCustomer: 'forbidden',
  broker: 'allowed',
  otherBroker: 'allowed',
  support: 'allowed',
});

/** A contract of An's managed by B00001: An and that office only. */
const AN_B00001_CONTRACT = roles({
  anonymous: 'unauthenticated',
  customer: 'allowed',
  otherCustomer: 'forbidden',
  broker: 'allowed',
  otherBroker: 'forbidden',
  support: 'forbidden',
});

/** A contract of An's managed by B00002: An and that office only. */
const AN_B00002_CONTRACT = roles({
  anonymous: 'unauthenticated',
  customer: 'allowed',
  otherCustomer: 'forbidden',
  broker: 'forbidden',
  otherBroker: 'allowed',
  support: 'forbidden',
});

/** A customer's contract lists: the customer, and any broker (who sees only their office's contracts). */
const AN_CONTRACT_LISTS = roles({
  anonymous: 'unauthenticated',
  customer: 'allowed',
  otherCustomer: 'forbidden',
  broker: 'allowed',
  otherBroker: 'allowed',
  // The contact centre reads what An sees, to answer her.
  support: 'allowed',
});

function profileVisibility(fixture: MatrixFixture, role: MatrixRole, outcome: Outcome): Visibility {
  if (outcome !== 'allowed') return { shown: [], hidden: everyone(fixture) };
  return { shown: [fixture.an.firstName], hidden: [...fixture.sophie.secrets, fixture.sophie.firstName] };
}

/** One contract opened by id: allowed roles see it and no other contract; refused roles see nothing of it or of An. */
function contractVisibility(
  contract: (fixture: MatrixFixture) => ContractValues,
  others: (fixture: MatrixFixture) => readonly ContractValues[],
  outcomes: Readonly<Record<MatrixRole, Outcome>>,
) {
  return (fixture: MatrixFixture, role: MatrixRole): Visibility => {
    const target = contract(fixture);
    const rest = others(fixture).filter((other) => other.number !== target.number);
    if (outcomes[role] === 'allowed') return { shown: [target.number], hidden: hiddenBeside(rest, [target]) };
    return { shown: [], hidden: [...hiddenBeside([target, ...rest], []), ...fixture.an.secrets] };
  };
}

/** A list of An's contracts: each role sees exactly the ones the rules give it, and nothing of the others in her household. */
function listVisibility(
  mine: (fixture: MatrixFixture) => readonly ContractValues[],
  notMine: (fixture: MatrixFixture) => readonly ContractValues[],
  listsHidden: boolean,
) {
  return (fixture: MatrixFixture, role: MatrixRole): Visibility => {
    const all = [...mine(fixture), ...notMine(fixture)];
    const brokerId =
      role === 'broker' ? MATRIX_ACTORS.broker.id : role === 'otherBroker' ? MATRIX_ACTORS.otherBroker.id : undefined;
    const visible =
      role === 'customer' || role === 'support' || brokerId
        ? mine(fixture).filter((contract) => brokerId === undefined || contract.brokerId === brokerId)
        : [];
    const shown = visible.filter((contract) => contract.shown || listsHidden).map((contract) => contract.number);
    return {
      shown,
      hidden: hiddenBeside(
        all.filter((contract) => !visible.includes(contract)),
        visible,
      ),
    };
  };
}

const LIFE_CONTRACT_FIELDS =
  'contractNumber reserve { amount } surrenderValue { amount } policyholder { name } insured { name } beneficiaries { name }';
const NON_LIFE_CONTRACT_FIELDS =
  'contractNumber premium { amount } insuredObject { ... on InsuredVehicle { licensePlate vin } ... on InsuredBuilding { address { street houseNumber } } }';
const PROFILE_FIELDS = 'id firstName lastName preferredLanguage';

const anLifeContract = (fixture: MatrixFixture) => fixture.anPension;
const anLifeList = (fixture: MatrixFixture) => [...fixture.anLife, ...fixture.anLifeNotHers];
const anNonLifeList = (fixture: MatrixFixture) => [...fixture.anNonLife, ...fixture.anNonLifeNotHers];

/** Ids of the right shape that exist nowhere in the legacy data (the data set holds far fewer customers). */
export const UNKNOWN_IDS = {
  customer: 'P09999999',
  lifeContract: 'L099999990',
  nonLifeContract: 'V099999990',
} as const;

/** Ids of another form than the legacy systems' (150 characters, as a probe sent them): answered like unknown ones. */
export const MALFORMED_IDS = {
  lifeContract: `L${'7'.repeat(149)}`,
  nonLifeContract: `V${'3'.repeat(149)}`,
} as const;

/** Nobody may open what does not exist, and the answer is the FORBIDDEN of "not yours", so ids cannot be probed. */
const NOBODY = roles({
  anonymous: 'unauthenticated',
  customer: 'forbidden',
  otherCustomer: 'forbidden',
  broker: 'forbidden',
  otherBroker: 'forbidden',
  support: 'forbidden',
});

function unknownIdCase(name: string, probe: MatrixCase['probe']): MatrixCase {
  return { name, probe, expect: NOBODY, visibility: (fixture) => ({ shown: [], hidden: everyone(fixture) }) };
}

/** A public mutation's probe: input it refuses as invalid (or does not recognise), so nothing changes. */
function publicMutation(
  field: string,
  inputType: string,
  input: (fixture: MatrixFixture) => Record<string, unknown>,
  answers: string,
): MatrixRule {
  return {
    cases: [
      {
        name: `refused input (${answers})`,
        probe: (fixture) => ({
          query: `mutation MatrixProbe($input: ${inputType}!) { ${field}(input: $input) { __typename } }`,
          variables: { input: input(fixture) },
        }),
        expect: PUBLIC,
        visibility: (fixture) => ({ shown: [answers], hidden: everyone(fixture) }),
      },
    ],
  };
}

// ---- documents ---------------------------------------------------------------------------------

/** The ids of An's documents of these contracts (an archive id names its contract). */
const documentsOf = (fixture: MatrixFixture, contracts: readonly ContractValues[]): string[] =>
  fixture.anDocuments.filter((id) => contracts.some((contract) => id.includes(contract.number)));

/**
 * An's documents a role may list: her own for her life contracts (non-life documents are not
 * offered yet), for a broker only those of contracts their office manages; never Luc's.
 */
function documentListVisibility(fixture: MatrixFixture, role: MatrixRole): Visibility {
  const brokerId =
    role === 'broker' ? MATRIX_ACTORS.broker.id : role === 'otherBroker' ? MATRIX_ACTORS.otherBroker.id : undefined;
  if (role !== 'customer' && role !== 'support' && !brokerId)
    return { shown: [], hidden: [...fixture.anDocuments, ...fixture.lucDocuments] };
  const shown = documentsOf(
    fixture,
    fixture.anLife.filter((contract) => brokerId === undefined || contract.brokerId === brokerId),
  );
  return {
    shown: [fixture.an.id, ...shown],
    hidden: [...fixture.anDocuments.filter((id) => !shown.includes(id)), ...fixture.lucDocuments],
  };
}

/** One contract's documents: the roles allowed the contract see its documents on offer, nobody sees any other's. */
function contractDocumentsVisibility(
  contract: (fixture: MatrixFixture) => ContractValues,
  outcomes: Readonly<Record<MatrixRole, Outcome>>,
  offered: boolean,
) {
  return (fixture: MatrixFixture, role: MatrixRole): Visibility => {
    const target = contract(fixture);
    const shown = outcomes[role] === 'allowed' && offered ? documentsOf(fixture, [target]) : [];
    return {
      shown: outcomes[role] === 'allowed' ? [target.number, ...shown] : [],
      hidden: [...fixture.anDocuments.filter((id) => !shown.includes(id)), ...fixture.lucDocuments],
    };
  };
}

/** A customer's documents: the customer, and any broker (who sees only their office's contracts' documents). */
const AN_DOCUMENTS = roles({
  anonymous: 'unauthenticated',
  customer: 'allowed',
  otherCustomer: 'forbidden',
  broker: 'allowed',
  otherBroker: 'allowed',
  support: 'allowed',
});
/** How An receives documents: herself, support staff, and both offices (each sends her documents of a contract it manages). */
const AN_DOCUMENT_DELIVERY = roles({
  anonymous: 'unauthenticated',
  customer: 'allowed',
  otherCustomer: 'forbidden',
  broker: 'allowed',
  otherBroker: 'allowed',
  support: 'allowed',
});
const SUPPORT_ONLY = roles({
  anonymous: 'unauthenticated',
  customer: 'forbidden',
  otherCustomer: 'forbidden',
  broker: 'forbidden',
  otherBroker: 'forbidden',
  support: 'allowed',
});
/** The reason the matrix's own paper-delivery probes give; only the customer and support staff may read it back. */
const PAPER_REASON = 'Matrix probe: paper documents, please';
const DOCUMENT_PAGE_FIELDS = 'totalCount nodes { id title year downloadUrl }';
/** A year the archive holds nothing for: what the matrix's own document requests ask for. */
const REQUESTED_YEAR = 1995;
/** An asks for a document: herself, support staff, and the office managing the contract. */
const AN_B00001_DOCUMENT_REQUEST = roles({
  anonymous: 'unauthenticated',
  customer: 'allowed',
  otherCustomer: 'forbidden',
  broker: 'allowed',
  otherBroker: 'forbidden',
  support: 'allowed',
});
const AN_B00002_DOCUMENT_REQUEST = roles({
  anonymous: 'unauthenticated',
  customer: 'allowed',
  otherCustomer: 'forbidden',
  broker: 'forbidden',
  otherBroker: 'allowed',
  support: 'allowed',
});

/** A request for one of An's documents, made (or found pending) by whoever may ask for it. */
function documentRequestCase(
  name: string,
  contract: (fixture: MatrixFixture) => ContractValues,
  type: string,
  outcomes: Readonly<Record<MatrixRole, Outcome>>,
): MatrixCase {
  return {
    name,
    probe: (fixture) => ({
      query:
        'mutation MatrixDocumentRequest($input: RequestDocumentInput!) { requestDocument(input: $input) { request { status contractNumber type year } } }',
      variables: {
        input: { customerId: fixture.an.id, contractNumber: contract(fixture).number, type, year: REQUESTED_YEAR },
      },
    }),
    expect: outcomes,
    visibility: (fixture, role) =>
      outcomes[role] === 'allowed'
        ? { shown: ['PENDING', contract(fixture).number], hidden: fixture.an.secrets }
        : { shown: [], hidden: [contract(fixture).number, ...everyone(fixture)] },
  };
}

// ---- identity: profile, broker offices, contact changes, staff, help -------------------------

/** The offices' e-mail addresses: office n is kantoor<n>@makelaar.example whatever the seed (legacy/shared/data/universe.ts). */
const OFFICE_EMAIL = { B00001: 'kantoor1@makelaar.example', B00002: 'kantoor2@makelaar.example' } as const;

/** Registration states: brokers must not learn them (docs/requirements.md §1.6). */
const REGISTRATION_STATES = ['REGISTERED', 'NOT_REGISTERED', 'ACTIVATION_CODE_SENT', 'ACTIVATION_CODE_EXPIRED'];

/** A customer changes their own contact details; brokers and staff are refused before the input is read. */
const OWN_CUSTOMER_ONLY = roles({
  anonymous: 'unauthenticated',
  customer: 'allowed',
  otherCustomer: 'allowed',
  broker: 'forbidden',
  otherBroker: 'forbidden',
  support: 'forbidden',
});

/** An's register number in full, raw and formatted: only she sees it; everyone else the masked form. */
const fullRegisterNumber = (fixture: MatrixFixture): string[] => {
  const number = fixture.an.secrets[0] ?? '';
  return [number, formatNationalRegisterNumber(number)];
};

/** A customer-only mutation's probe: input it refuses as invalid, so nothing changes. */
function customerMutation(
  field: string,
  inputType: string,
  input: Record<string, unknown>,
  answers: string,
): MatrixRule {
  return {
    cases: [
      {
        name: `refused input (${answers})`,
        probe: () => ({
          query: `mutation MatrixProbe($input: ${inputType}!) { ${field}(input: $input) { __typename } }`,
          variables: { input },
        }),
        expect: OWN_CUSTOMER_ONLY,
        visibility: (fixture, role) => ({
          shown: OWN_CUSTOMER_ONLY[role] === 'allowed' ? [answers] : [],
          hidden: everyone(fixture),
        }),
      },
    ],
  };
}

/**
 * A contact-centre action on a customer's registration (resendActivationCode, liftLockout): the
 * probe names a customer id that exists nowhere, so nothing is sent or changed; support staff get
 * the typed CustomerNotFound, everyone else is refused before the input is read.
 */
function supportCustomerAction(field: string, inputType: string): MatrixRule {
  return {
    cases: [
      {
        name: 'a customer id that does not exist (changes nothing)',
        probe: () => ({
          query: `mutation MatrixSupportAction($input: ${inputType}!) { ${field}(input: $input) { __typename ... on IdentityProblem { code } } }`,
          variables: { input: { customerId: UNKNOWN_IDS.customer, reason: 'Matrix probe: customer on the phone' } },
        }),
        expect: SUPPORT_ONLY,
        visibility: (fixture, role) =>
          role === 'support'
            ? { shown: ['CustomerNotFound'], hidden: everyone(fixture) }
            : { shown: [], hidden: ['CustomerNotFound', ...everyone(fixture)] },
      },
    ],
  };
}

// ---- the rules ---------------------------------------------------------------------------------

export const ROOT_FIELDS: Readonly<Record<string, MatrixRule>> = {
  'Query.me': {
    cases: [
      {
        name: "the caller's own profile",
        probe: () => ({ query: `query MatrixMe { me { ${PROFILE_FIELDS} } }` }),
        expect: roles({
          anonymous: 'unauthenticated',
          customer: 'allowed',
          otherCustomer: 'allowed',
          broker: 'forbidden',
          otherBroker: 'forbidden',
          support: 'forbidden',
        }),
        visibility: (fixture, role) => {
          if (role === 'customer')
            return { shown: [fixture.an.firstName], hidden: [...fixture.sophie.secrets, fixture.sophie.firstName] };
          if (role === 'otherCustomer')
            return { shown: [fixture.sophie.firstName], hidden: [...fixture.an.secrets, fixture.an.firstName] };
          return { ...refused, hidden: everyone(fixture) };
        },
      },
    ],
  },
  'Query.customer': {
    cases: [
      {
        name: "An's profile",
        probe: (fixture) => ({
          query: `query MatrixCustomer($id: ID!) { customer(id: $id) { ${PROFILE_FIELDS} } }`,
          variables: { id: fixture.an.id },
        }),
        expect: AN_PROFILE,
        visibility: (fixture, role) => profileVisibility(fixture, role, AN_PROFILE[role]),
      },
      unknownIdCase('a customer id that does not exist', () => ({
        query: `query MatrixCustomer($id: ID!) { customer(id: $id) { ${PROFILE_FIELDS} } }`,
        variables: { id: UNKNOWN_IDS.customer },
      })),
    ],
  },
  'Query.lifeContract': {
    cases: [
      {
        name: "An's pension savings (B00001)",
        probe: (fixture) => ({
          query: `query MatrixLifeContract($id: ID!) { lifeContract(id: $id) { ${LIFE_CONTRACT_FIELDS} } }`,
          variables: { id: fixture.anPension.number },
        }),
        expect: AN_B00001_CONTRACT,
        visibility: contractVisibility(anLifeContract, anLifeList, AN_B00001_CONTRACT),
      },
      unknownIdCase('a contract number that does not exist', () => ({
        query: `query MatrixLifeContract($id: ID!) { lifeContract(id: $id) { ${LIFE_CONTRACT_FIELDS} } }`,
        variables: { id: UNKNOWN_IDS.lifeContract },
      })),
      unknownIdCase('an id of another form', () => ({
        query: `query MatrixLifeContract($id: ID!) { lifeContract(id: $id) { ${LIFE_CONTRACT_FIELDS} } }`,
        variables: { id: MALFORMED_IDS.lifeContract },
      })),
    ],
  },
  'Query.nonLifeContract': {
    cases: [
      {
        name: "An's motor contract (B00001)",
        probe: (fixture) => ({
          query: `query MatrixNonLifeContract($id: ID!) { nonLifeContract(id: $id) { ${NON_LIFE_CONTRACT_FIELDS} } }`,
          variables: { id: fixture.anMotor.number },
        }),
        expect: AN_B00001_CONTRACT,
        visibility: contractVisibility((fixture) => fixture.anMotor, anNonLifeList, AN_B00001_CONTRACT),
      },
      {
        name: "An's fire contract (B00002)",
        probe: (fixture) => ({
          query: `query MatrixNonLifeContract($id: ID!) { nonLifeContract(id: $id) { ${NON_LIFE_CONTRACT_FIELDS} } }`,
          variables: { id: fixture.anFire.number },
        }),
        expect: AN_B00002_CONTRACT,
        visibility: contractVisibility((fixture) => fixture.anFire, anNonLifeList, AN_B00002_CONTRACT),
      },
      unknownIdCase('a contract number that does not exist', () => ({
        query: `query MatrixNonLifeContract($id: ID!) { nonLifeContract(id: $id) { ${NON_LIFE_CONTRACT_FIELDS} } }`,
        variables: { id: UNKNOWN_IDS.nonLifeContract },
      })),
      unknownIdCase('an id of another form', () => ({
        query: `query MatrixNonLifeContract($id: ID!) { nonLifeContract(id: $id) { ${NON_LIFE_CONTRACT_FIELDS} } }`,
        variables: { id: MALFORMED_IDS.nonLifeContract },
      })),
    ],
  },
  'Query.auditRecords': {
    cases: [
      {
        name: "An's audit trail",
        probe: (fixture) => ({
          query:
            'query MatrixAuditRecords($customerId: ID!) { auditRecords(customerId: $customerId, first: 50) { id at actorId actorRole brokerId customerId action resource operationName requestId service } }',
          variables: { customerId: fixture.an.id },
        }),
        expect: roles({
          anonymous: 'unauthenticated',
          customer: 'forbidden',
          otherCustomer: 'forbidden',
          broker: 'forbidden',
          otherBroker: 'forbidden',
          support: 'allowed',
        }),
        visibility: (fixture, role) =>
          role === 'support'
            ? { shown: [fixture.auditedRequestId], hidden: everyone(fixture) }
            : { shown: [], hidden: [fixture.auditedRequestId, ...everyone(fixture)] },
      },
    ],
  },
  'Query.paperDeliveryRequests': {
    cases: [
      {
        name: 'the pending paper-delivery requests',
        probe: () => ({
          query:
            'query MatrixPaperRequests { paperDeliveryRequests(first: 50) { nodes { id status reason customer { id } } } }',
        }),
        expect: SUPPORT_ONLY,
        visibility: (fixture, role) =>
          role === 'support'
            ? { shown: [], hidden: [...fixture.an.secrets, ...fixture.sophie.secrets] }
            : { shown: [], hidden: [PAPER_REASON, ...everyone(fixture)] },
      },
    ],
  },
  'Query.documentRequests': {
    cases: [
      {
        name: 'the pending document requests',
        probe: () => ({
          query:
            'query MatrixDocumentRequests { documentRequests(first: 50) { nodes { id status contractNumber note customer { id } } } }',
        }),
        expect: SUPPORT_ONLY,
        visibility: (fixture, role) =>
          role === 'support'
            ? { shown: [], hidden: [...fixture.an.secrets, ...fixture.sophie.secrets] }
            : { shown: [], hidden: [fixture.anPension.number, fixture.anFire.number, ...everyone(fixture)] },
      },
    ],
  },
  'Mutation.requestDocument': {
    cases: [
      // Each creates (or finds pending) a request of An's for a year the archive holds nothing for.
      documentRequestCase(
        "a document of An's pension savings (B00001)",
        (fixture) => fixture.anPension,
        'TAX_CERTIFICATE',
        AN_B00001_DOCUMENT_REQUEST,
      ),
      documentRequestCase(
        "a document of An's fire contract (B00002)",
        (fixture) => fixture.anFire,
        'POLICY',
        AN_B00002_DOCUMENT_REQUEST,
      ),
      unknownIdCase('a contract number that does not exist', (fixture) => ({
        query:
          'mutation MatrixDocumentRequest($input: RequestDocumentInput!) { requestDocument(input: $input) { request { status } } }',
        variables: {
          input: {
            customerId: fixture.an.id,
            contractNumber: UNKNOWN_IDS.lifeContract,
            type: 'TAX_CERTIFICATE',
            year: REQUESTED_YEAR,
          },
        },
      })),
    ],
  },
  'Mutation.decideDocumentRequest': {
    cases: [
      {
        name: 'a decision on a document request that does not exist (changes nothing)',
        probe: () => ({
          query:
            'mutation MatrixDocumentDecision($input: DecideDocumentRequestInput!) { decideDocumentRequest(input: $input) { __typename } }',
          variables: {
            input: {
              requestId: '00000000-0000-4000-8000-000000000000',
              decision: 'REFUSE',
              note: 'Matrix probe: not in the archive.',
            },
          },
        }),
        expect: SUPPORT_ONLY,
        visibility: (fixture, role) =>
          role === 'support'
            ? { shown: ['DocumentRequestNotFound'], hidden: everyone(fixture) }
            : { shown: [], hidden: everyone(fixture) },
      },
    ],
  },
  'Mutation.requestPaperDelivery': {
    cases: [
      {
        // Creates (or finds) the caller's own pending request: nothing another cell relies on.
        name: "the caller's own paper-delivery request",
        probe: () => ({
          query:
            'mutation MatrixPaperRequest($input: RequestPaperDeliveryInput!) { requestPaperDelivery(input: $input) { request { status reason } } }',
          variables: { input: { reason: PAPER_REASON } },
        }),
        expect: roles({
          anonymous: 'unauthenticated',
          customer: 'allowed',
          otherCustomer: 'allowed',
          broker: notApplicable('a broker names the customer: the next case'),
          otherBroker: notApplicable('a broker names the customer: the next case'),
          support: 'forbidden',
        }),
        visibility: (fixture, role) =>
          role === 'customer' || role === 'otherCustomer'
            ? { shown: [PAPER_REASON], hidden: [] }
            : { shown: [], hidden: [PAPER_REASON, ...everyone(fixture)] },
      },
      {
        // Finds An's open request (the customer's own cell made it) or makes one as asked by the office.
        name: 'a paper-delivery request for An Peeters',
        probe: (fixture) => ({
          query:
            'mutation MatrixPaperRequestForAn($input: RequestPaperDeliveryInput!) { requestPaperDelivery(input: $input) { request { status requestedBy } } }',
          variables: { input: { reason: PAPER_REASON, customerId: fixture.an.id } },
        }),
        // Both offices manage one of An's contracts; Sophie may not ask for her.
        expect: roles({
          anonymous: 'unauthenticated',
          customer: 'allowed',
          otherCustomer: 'forbidden',
          broker: 'allowed',
          otherBroker: 'allowed',
          support: 'forbidden',
        }),
        visibility: (fixture) => ({ shown: ['PENDING'], hidden: [...fixture.an.secrets] }),
      },
    ],
  },
  'Mutation.openDocumentForSupport': {
    cases: [
      {
        name: "opening one of An's documents with a reason",
        probe: (fixture) => ({
          query:
            'mutation MatrixOpenDocument($input: OpenDocumentForSupportInput!) { openDocumentForSupport(input: $input) { id } }',
          variables: {
            input: {
              customerId: fixture.an.id,
              documentId: documentsOf(fixture, fixture.anLife)[0],
              reason: 'Matrix: the customer asks about this document.',
            },
          },
        }),
        expect: SUPPORT_ONLY,
        visibility: (fixture, role) =>
          role === 'support'
            ? { shown: [documentsOf(fixture, fixture.anLife)[0] ?? 'no document'], hidden: fixture.lucDocuments }
            : { shown: [], hidden: [...fixture.anDocuments, ...fixture.lucDocuments] },
      },
    ],
  },
  'Mutation.decidePaperDeliveryRequest': {
    cases: [
      {
        name: 'a decision on a request that does not exist (changes nothing)',
        probe: () => ({
          query:
            'mutation MatrixPaperDecision($input: DecidePaperDeliveryRequestInput!) { decidePaperDeliveryRequest(input: $input) { __typename } }',
          variables: { input: { requestId: '00000000-0000-4000-8000-000000000000', decision: 'REFUSE' } },
        }),
        expect: SUPPORT_ONLY,
        visibility: (fixture, role) =>
          role === 'support'
            ? { shown: ['PaperDeliveryRequestNotFound'], hidden: everyone(fixture) }
            : { shown: [], hidden: everyone(fixture) },
      },
    ],
  },
  'Mutation.requestActivationCode': publicMutation(
    'requestActivationCode',
    'RequestActivationCodeInput',
    // Sophie's register number with An's contract: a person who does not hold that contract, answered
    // like any request (identity's enumeration.test.ts); no letter goes out.
    (fixture) => ({ contractNumber: fixture.anMotor.number, nationalRegisterNumber: fixture.sophie.secrets[0] }),
    'ActivationCodeSent',
  ),
  'Mutation.registerWithActivationCode': publicMutation(
    'registerWithActivationCode',
    'RegisterWithActivationCodeInput',
    (fixture) => ({
      contractNumber: fixture.anMotor.number,
      activationCode: '!',
      email: 'matrix@example.be',
      password: 'a long enough password',
      consentToDigitalDocuments: true,
    }),
    'InvalidInput',
  ),
  'Mutation.signIn': publicMutation(
    'signIn',
    'SignInInput',
    () => ({ email: 'not an e-mail address', password: 'whatever' }),
    'InvalidInput',
  ),
  'Mutation.verifyOneTimeCode': publicMutation(
    'verifyOneTimeCode',
    'VerifyOneTimeCodeInput',
    () => ({ challengeId: 'not-a-challenge', code: '!' }),
    'InvalidInput',
  ),
  'Mutation.registerWithIdentityProvider': publicMutation(
    'registerWithIdentityProvider',
    'RegisterWithIdentityProviderInput',
    () => ({ provider: 'ITSME', authorizationCode: 'no-such-authorization-code', consentToDigitalDocuments: true }),
    'ProviderSignInFailed',
  ),
  'Mutation.signInWithIdentityProvider': publicMutation(
    'signInWithIdentityProvider',
    'SignInWithIdentityProviderInput',
    () => ({ provider: 'EID', authorizationCode: 'no-such-authorization-code' }),
    'ProviderSignInFailed',
  ),
  'Mutation.refreshSession': publicMutation(
    'refreshSession',
    'RefreshSessionInput',
    () => ({ refreshToken: 'not-a-refresh-token' }),
    'RefreshTokenRejected',
  ),
  'Mutation.signOut': publicMutation(
    'signOut',
    'SignOutInput',
    () => ({ refreshToken: 'not-a-refresh-token' }),
    'SignedOut',
  ),
  'Mutation.requestPasswordReset': publicMutation(
    'requestPasswordReset',
    'RequestPasswordResetInput',
    () => ({ email: 'not an e-mail address' }),
    'InvalidInput',
  ),
  'Mutation.resetPassword': publicMutation(
    'resetPassword',
    'ResetPasswordInput',
    () => ({ email: 'not an e-mail address', resetCode: '!', newPassword: 'a long enough password' }),
    'InvalidInput',
  ),
  'Query.myBrokerOffice': {
    cases: [
      {
        name: "the caller's office and its portfolio searched for Peeters",
        probe: () => ({
          query:
            'query MatrixMyBrokerOffice { myBrokerOffice { id name contact { email } portfolio(first: 10, search: "Peeters") { totalCount edges { node { id firstName } } } } }',
        }),
        expect: roles({
          anonymous: 'unauthenticated',
          customer: 'forbidden',
          otherCustomer: 'forbidden',
          broker: 'allowed',
          otherBroker: 'allowed',
          support: 'forbidden',
        }),
        visibility: (fixture, role) => {
          if (role === 'broker')
            return {
              shown: [OFFICE_EMAIL.B00001, fixture.an.id],
              hidden: [OFFICE_EMAIL.B00002, ...fixture.an.secrets, fixture.sophie.id],
            };
          if (role === 'otherBroker')
            return {
              shown: [OFFICE_EMAIL.B00002, fixture.an.id],
              hidden: [OFFICE_EMAIL.B00001, ...fixture.an.secrets, fixture.sophie.id],
            };
          return { shown: [], hidden: [...Object.values(OFFICE_EMAIL), fixture.an.id, ...everyone(fixture)] };
        },
      },
    ],
  },
  'Query.findCustomer': {
    cases: [
      {
        name: 'An Peeters looked up by her pension contract',
        probe: () => ({
          query:
            'query MatrixFindCustomer { findCustomer(lookup: { contractNumber: "L000000010" }) { __typename ... on CustomerFound { customer { id firstName } } } }',
        }),
        expect: SUPPORT_ONLY,
        visibility: (fixture, role) =>
          role === 'support'
            ? { shown: [fixture.an.id], hidden: [fixture.sophie.id] }
            : { shown: [], hidden: [fixture.an.id, ...everyone(fixture)] },
      },
    ],
  },
  'Query.brokerChanges': {
    cases: [
      {
        name: "the caller's office's change feed",
        probe: () => ({
          query:
            'query MatrixBrokerChanges { brokerChanges(first: 10) { __typename changes { cursor customer { id } change { ... on ContactDetailsUpdate { changedFields email } } } hasMore } }',
        }),
        expect: BROKERS_ONLY,
        visibility: (fixture, role) =>
          role === 'broker' || role === 'otherBroker'
            ? { shown: ['BrokerChangePage'], hidden: [...fixture.an.secrets, fixture.sophie.id] }
            : { shown: [], hidden: [fixture.an.id, ...everyone(fixture)] },
      },
    ],
  },
  'Mutation.acknowledgeBrokerChanges': {
    cases: [
      {
        name: 'acknowledging the start of the feed (changes nothing)',
        probe: () => ({
          query:
            'mutation MatrixAcknowledgeBrokerChanges($upTo: String!) { acknowledgeBrokerChanges(upTo: $upTo) { __typename acknowledgedCursor } }',
          // The cursor of position 0, before any event: acknowledging it moves nothing.
          variables: { upTo: Buffer.from(JSON.stringify({ v: 1, f: 0 })).toString('base64url') },
        }),
        expect: BROKERS_ONLY,
        visibility: (fixture, role) =>
          role === 'broker' || role === 'otherBroker'
            ? { shown: ['BrokerChangesAcknowledged'], hidden: [] }
            : { shown: [], hidden: [fixture.an.id] },
      },
    ],
  },
  'Mutation.registerBrokerWebhook': {
    cases: [
      {
        name: "registering the caller's office's webhook at a loopback address",
        probe: () => ({
          query:
            'mutation MatrixRegisterBrokerWebhook($url: String!) { registerBrokerWebhook(url: $url) { __typename webhook { url failing } } }',
          // Nothing listens on the discard port: deliveries fail and are retried, harming nothing.
          variables: { url: 'http://127.0.0.1:9/matrix-hooks' },
        }),
        expect: BROKERS_ONLY,
        visibility: (fixture, role) =>
          role === 'broker' || role === 'otherBroker'
            ? { shown: ['BrokerWebhookRegistered', 'matrix-hooks'], hidden: [...fixture.an.secrets] }
            : { shown: [], hidden: ['matrix-hooks', fixture.an.id] },
      },
    ],
  },
  'Mutation.removeBrokerWebhook': {
    cases: [
      {
        name: "removing the caller's office's webhook",
        probe: () => ({ query: 'mutation MatrixRemoveBrokerWebhook { removeBrokerWebhook { __typename removed } }' }),
        expect: BROKERS_ONLY,
        visibility: (fixture, role) =>
          role === 'broker' || role === 'otherBroker'
            ? { shown: ['BrokerWebhookRemoved'], hidden: [] }
            : { shown: [], hidden: [fixture.an.id] },
      },
    ],
  },
  'Query.help': {
    cases: [
      {
        name: 'Contact & Help',
        probe: () => ({
          query:
            'query MatrixHelp { help { language faq { id questions { id question } } contactCentre { email phone openingHoursText } brokerFirstContact } }',
        }),
        expect: PUBLIC,
        visibility: (fixture) => ({ shown: ['myvivium@vivium.be', 'VI.1'], hidden: everyone(fixture) }),
      },
    ],
  },
  'Mutation.requestContactChangeCode': customerMutation(
    'requestContactChangeCode',
    'ContactDetailsInput',
    { email: 'not an e-mail address' },
    'InvalidInput',
  ),
  'Mutation.changeContactDetails': customerMutation(
    'changeContactDetails',
    'ChangeContactDetailsInput',
    { details: { email: 'not an e-mail address' } },
    'InvalidInput',
  ),
  'Mutation.resendActivationCode': supportCustomerAction('resendActivationCode', 'ResendActivationCodeInput'),
  'Mutation.liftLockout': supportCustomerAction('liftLockout', 'LiftLockoutInput'),
  'Mutation.signInAsStaff': publicMutation(
    'signInAsStaff',
    'SignInInput',
    () => ({ email: 'not an e-mail address', password: 'whatever' }),
    'InvalidInput',
  ),
  'Mutation.verifyStaffOneTimeCode': publicMutation(
    'verifyStaffOneTimeCode',
    'VerifyOneTimeCodeInput',
    () => ({ challengeId: 'not-a-challenge', code: '!' }),
    'InvalidInput',
  ),
};

export const ENTITIES: Readonly<Record<string, MatrixRule>> = {
  'Customer@identity': {
    cases: [
      {
        name: "An's profile",
        probe: (fixture) => entities('Customer', [{ id: fixture.an.id }], PROFILE_FIELDS),
        expect: AN_PROFILE,
        visibility: (fixture, role) => profileVisibility(fixture, role, AN_PROFILE[role]),
      },
      unknownIdCase('a customer id that does not exist', () =>
        entities('Customer', [{ id: UNKNOWN_IDS.customer }], PROFILE_FIELDS),
      ),
      {
        name: "An's birth date, register number (in full for her only) and contact details",
        probe: (fixture) =>
          entities(
            'Customer',
            [{ id: fixture.an.id }],
            'id birthDate nationalRegisterNumber contact { email mobile postalAddress { street postalCode } }',
          ),
        expect: AN_PROFILE,
        visibility: (fixture, role) => {
          if (AN_PROFILE[role] !== 'allowed')
            return { shown: [], hidden: [...everyone(fixture), ...fullRegisterNumber(fixture)] };
          const own = role === 'customer';
          return {
            shown: [
              fixture.an.secrets[2] ?? '',
              ...(own ? [formatNationalRegisterNumber(fixture.an.secrets[0] ?? '')] : []),
            ],
            hidden: [
              ...fixture.sophie.secrets,
              fixture.sophie.firstName,
              fixture.an.secrets[4] ?? '',
              ...(own ? [] : fullRegisterNumber(fixture)),
            ],
          };
        },
      },
      {
        name: "An's broker offices: each broker only its own",
        probe: (fixture) => entities('Customer', [{ id: fixture.an.id }], 'id brokers { id contact { email } }'),
        expect: AN_PROFILE,
        visibility: (fixture, role) => {
          if (role === 'broker') return { shown: [OFFICE_EMAIL.B00001], hidden: [OFFICE_EMAIL.B00002] };
          if (role === 'otherBroker') return { shown: [OFFICE_EMAIL.B00002], hidden: [OFFICE_EMAIL.B00001] };
          if (AN_PROFILE[role] === 'allowed') return { shown: Object.values(OFFICE_EMAIL), hidden: [] };
          return { shown: [], hidden: [...Object.values(OFFICE_EMAIL), ...everyone(fixture)] };
        },
      },
      {
        name: "An's registration state (not for brokers, requirements §1.6)",
        probe: (fixture) => entities('Customer', [{ id: fixture.an.id }], 'id registration { status registeredWith }'),
        expect: roles({
          anonymous: 'unauthenticated',
          customer: 'allowed',
          otherCustomer: 'forbidden',
          broker: 'forbidden',
          otherBroker: 'forbidden',
          support: 'allowed',
        }),
        visibility: (fixture, role) =>
          role === 'customer' || role === 'support'
            ? { shown: [fixture.an.id], hidden: [] }
            : { shown: [], hidden: REGISTRATION_STATES },
      },
      {
        name: "An's contact changes (contact centre only)",
        probe: (fixture) =>
          entities('Customer', [{ id: fixture.an.id }], 'id contactChanges { id status changedFields brokerIds }'),
        expect: SUPPORT_ONLY,
        visibility: (fixture, role) =>
          role === 'support'
            ? { shown: [fixture.an.id], hidden: [] }
            : { shown: [], hidden: ['PENDING_BROKER', 'APPLYING', 'POSTAL_ADDRESS'] },
      },
      {
        name: "An's sign-in lockouts (contact centre only)",
        probe: (fixture) => entities('Customer', [{ id: fixture.an.id }], 'id lockouts { kind until }'),
        expect: SUPPORT_ONLY,
        visibility: (fixture, role) =>
          role === 'support'
            ? { shown: [fixture.an.id], hidden: [] }
            : { shown: [], hidden: ['PASSWORD', 'ONE_TIME_CODE', 'PASSWORD_RESET'] },
      },
    ],
  },
  'Broker@identity': {
    cases: [
      {
        name: "office B00002's details (it manages An's fire contract)",
        probe: () => entities('Broker', [{ id: 'B00002' }], 'id name fsmaNumber contact { email phone }'),
        expect: roles({
          anonymous: 'unauthenticated',
          customer: 'allowed',
          otherCustomer: 'forbidden',
          broker: 'forbidden',
          otherBroker: 'allowed',
          support: 'allowed',
        }),
        visibility: (_fixture, role) =>
          role === 'customer' || role === 'otherBroker' || role === 'support'
            ? { shown: [OFFICE_EMAIL.B00002], hidden: [] }
            : { shown: [], hidden: [OFFICE_EMAIL.B00002] },
      },
      {
        name: "office B00002's portfolio searched for Peeters (the office itself only)",
        probe: () =>
          entities(
            'Broker',
            [{ id: 'B00002' }],
            'id portfolio(first: 5, search: "Peeters") { totalCount edges { node { id } } }',
          ),
        expect: roles({
          anonymous: 'unauthenticated',
          customer: 'forbidden',
          otherCustomer: 'forbidden',
          broker: 'forbidden',
          otherBroker: 'allowed',
          support: 'forbidden',
        }),
        visibility: (fixture, role) =>
          role === 'otherBroker'
            ? { shown: [fixture.an.id], hidden: [fixture.sophie.id] }
            : { shown: [], hidden: [fixture.an.id] },
      },
    ],
  },
  'Customer@life': {
    cases: [
      {
        name: "An's life contracts, shown and not shown",
        probe: (fixture) =>
          entities(
            'Customer',
            [{ id: fixture.an.id }],
            `id lifeContracts { ${LIFE_CONTRACT_FIELDS} } lifeContractsNotShown { contractNumber }`,
          ),
        expect: AN_CONTRACT_LISTS,
        visibility: listVisibility(
          (fixture) => fixture.anLife,
          (fixture) => fixture.anLifeNotHers,
          true,
        ),
      },
    ],
  },
  'Customer@nonlife': {
    cases: [
      {
        name: "An's non-life contracts, shown and not shown",
        probe: (fixture) =>
          entities(
            'Customer',
            [{ id: fixture.an.id, lifeContractsNotShown: [] }],
            `id nonLifeContracts { ${NON_LIFE_CONTRACT_FIELDS} } contractsNotShown { contractNumber }`,
          ),
        expect: AN_CONTRACT_LISTS,
        visibility: listVisibility(
          (fixture) => fixture.anNonLife,
          (fixture) => fixture.anNonLifeNotHers,
          true,
        ),
      },
    ],
  },
  'Customer@documents': {
    cases: [
      {
        name: "An's documents",
        probe: (fixture) =>
          entities('Customer', [{ id: fixture.an.id }], `id documents(first: 50) { ${DOCUMENT_PAGE_FIELDS} }`),
        expect: AN_DOCUMENTS,
        visibility: documentListVisibility,
      },
      {
        name: 'how An receives documents',
        probe: (fixture) =>
          entities(
            'Customer',
            [{ id: fixture.an.id, digitalDocumentsConsentedAt: null }],
            'id documentDelivery { channel basis paperRequest { status reason } }',
          ),
        expect: AN_DOCUMENT_DELIVERY,
        visibility: (fixture, role) => {
          if (AN_DOCUMENT_DELIVERY[role] !== 'allowed')
            return { shown: [], hidden: [PAPER_REASON, ...everyone(fixture)] };
          // Brokers see the channel and a request's status, never the customer's own words.
          return { shown: [fixture.an.id], hidden: role === 'broker' || role === 'otherBroker' ? [PAPER_REASON] : [] };
        },
      },
      {
        name: "An's document requests",
        probe: (fixture) =>
          entities('Customer', [{ id: fixture.an.id }], 'id documentRequests { status contractNumber type year }'),
        expect: AN_DOCUMENTS,
        visibility: (fixture, role) => {
          if (AN_DOCUMENTS[role] !== 'allowed') return { shown: [], hidden: everyone(fixture) };
          // Each office sees the requests about the contracts it manages, nothing of the other's.
          const hidden =
            role === 'broker' ? [fixture.anFire.number] : role === 'otherBroker' ? [fixture.anPension.number] : [];
          return { shown: [fixture.an.id], hidden };
        },
      },
    ],
  },
  'LifeContract@documents': {
    cases: [
      {
        name: "An's pension savings' documents (B00001)",
        probe: (fixture) =>
          entities(
            'LifeContract',
            [{ id: fixture.anPension.number }],
            `id documents(first: 50) { ${DOCUMENT_PAGE_FIELDS} }`,
          ),
        expect: AN_B00001_CONTRACT,
        visibility: contractDocumentsVisibility(anLifeContract, AN_B00001_CONTRACT, true),
      },
      unknownIdCase('an id of another form', () =>
        entities(
          'LifeContract',
          [{ id: MALFORMED_IDS.lifeContract }],
          `id documents(first: 50) { ${DOCUMENT_PAGE_FIELDS} }`,
        ),
      ),
    ],
  },
  'NonLifeContract@documents': {
    cases: [
      {
        name: "An's motor contract's documents (B00001; not offered yet)",
        probe: (fixture) =>
          entities(
            'NonLifeContract',
            [{ id: fixture.anMotor.number }],
            `id documents(first: 50) { ${DOCUMENT_PAGE_FIELDS} }`,
          ),
        expect: AN_B00001_CONTRACT,
        visibility: contractDocumentsVisibility((fixture) => fixture.anMotor, AN_B00001_CONTRACT, false),
      },
      {
        name: "An's fire contract's documents (B00002; not offered yet)",
        probe: (fixture) =>
          entities(
            'NonLifeContract',
            [{ id: fixture.anFire.number }],
            `id documents(first: 50) { ${DOCUMENT_PAGE_FIELDS} }`,
          ),
        expect: AN_B00002_CONTRACT,
        visibility: contractDocumentsVisibility((fixture) => fixture.anFire, AN_B00002_CONTRACT, false),
      },
      unknownIdCase('an id of another form', () =>
        entities(
          'NonLifeContract',
          [{ id: MALFORMED_IDS.nonLifeContract }],
          `id documents(first: 50) { ${DOCUMENT_PAGE_FIELDS} }`,
        ),
      ),
    ],
  },
  'LifeContract@life': {
    cases: [
      {
        name: "An's pension savings (B00001)",
        probe: (fixture) => entities('LifeContract', [{ id: fixture.anPension.number }], LIFE_CONTRACT_FIELDS),
        expect: AN_B00001_CONTRACT,
        visibility: contractVisibility(anLifeContract, anLifeList, AN_B00001_CONTRACT),
      },
      unknownIdCase('a contract number that does not exist', () =>
        entities('LifeContract', [{ id: UNKNOWN_IDS.lifeContract }], LIFE_CONTRACT_FIELDS),
      ),
      unknownIdCase('an id of another form', () =>
        entities('LifeContract', [{ id: MALFORMED_IDS.lifeContract }], LIFE_CONTRACT_FIELDS),
      ),
    ],
  },
  'NonLifeContract@nonlife': {
    cases: [
      {
        name: "An's motor contract (B00001)",
        probe: (fixture) => entities('NonLifeContract', [{ id: fixture.anMotor.number }], NON_LIFE_CONTRACT_FIELDS),
        expect: AN_B00001_CONTRACT,
        visibility: contractVisibility((fixture) => fixture.anMotor, anNonLifeList, AN_B00001_CONTRACT),
      },
      {
        name: "An's fire contract (B00002)",
        probe: (fixture) => entities('NonLifeContract', [{ id: fixture.anFire.number }], NON_LIFE_CONTRACT_FIELDS),
        expect: AN_B00002_CONTRACT,
        visibility: contractVisibility((fixture) => fixture.anFire, anNonLifeList, AN_B00002_CONTRACT),
      },
      unknownIdCase('a contract number that does not exist', () =>
        entities('NonLifeContract', [{ id: UNKNOWN_IDS.nonLifeContract }], NON_LIFE_CONTRACT_FIELDS),
      ),
      unknownIdCase('an id of another form', () =>
        entities('NonLifeContract', [{ id: MALFORMED_IDS.nonLifeContract }], NON_LIFE_CONTRACT_FIELDS),
      ),
    ],
  },
};
