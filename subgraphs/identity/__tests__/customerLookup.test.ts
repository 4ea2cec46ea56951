import { startSystem, type RunningSystem } from '../../../test-support/system';
import { IDENTITY_TEST_GATEWAY } from './identityClient';

const FIND = `query Find($lookup: CustomerLookupInput!) { findCustomer(lookup: $lookup) { __typename
  ... on CustomerFound { customer { id firstName lastName } }
  ... on SeveralCustomersFound { count message }
  ... on NoCustomerFound { message } } }`;
const TRAIL = `query Trail($id: ID!) { auditRecords(customerId: $id, first: 50) { actorRole action resource operationName } }`;

/** The contact centre finds a customer from what they tell or show, exact matches only. */
describe("the contact centre's customer lookup", () => {
  let system: RunningSystem;
  let support: string;

  beforeAll(async () => {
    system = await startSystem({ gateway: IDENTITY_TEST_GATEWAY });
    support = await system.token('support', 'S0001');
  });
  afterAll(async () => {
    await system.stop();
  });

  const find = async (lookup: Record<string, unknown>, token = support) =>
    system.query(FIND, { token, variables: { lookup } });
  const found = async (lookup: Record<string, unknown>) =>
    (await find(lookup)).body.data?.['findCustomer'] as Record<string, unknown>;

  it('finds An Peeters by e-mail address, register number, contract number and name with birth date', async () => {
    const an = { __typename: 'CustomerFound', customer: { id: 'P00000001', firstName: 'An', lastName: 'Peeters' } };
    expect(await found({ email: system.universe.person(0).email.toUpperCase() })).toEqual(an);
    expect(await found({ nationalRegisterNumber: system.universe.person(0).nationalRegisterNumber })).toEqual(an);
    expect(await found({ contractNumber: 'l000000010' })).toEqual(an);
    expect(await found({ lastName: 'peeters', birthDate: '1978-03-14' })).toEqual(an);
  });

  it('shows nobody when several match, and says when none does', async () => {
    // Jan Janssens is in the customer master twice with one register number.
    expect(await found({ nationalRegisterNumber: system.universe.person(4).nationalRegisterNumber })).toEqual({
      __typename: 'SeveralCustomersFound',
      count: 2,
      message: expect.stringContaining('Meer dan één klant'),
    });
    expect(await found({ email: 'nobody.at.all@klant.example' })).toEqual({
      __typename: 'NoCustomerFound',
      message: expect.stringContaining('Geen klant gevonden'),
    });
    expect(await found({ contractNumber: 'L999999999' })).toMatchObject({ __typename: 'NoCustomerFound' });
  });

  it('records each customer shown as a support read in their audit trail', async () => {
    await found({ lastName: 'Dubois', birthDate: '1969-09-09' });
    const trail = await system.query(TRAIL, { token: support, variables: { id: 'P00000004' } });
    expect(trail.body.data?.['auditRecords']).toEqual(
      expect.arrayContaining([{ actorRole: 'SUPPORT', action: 'READ', resource: 'Customer', operationName: 'Find' }]),
    );
  });

  it('refuses anything but exactly one detail, or a last name with a birth date, and anyone but support', async () => {
    for (const lookup of [
      {},
      { email: 'an.peeters@klant.example', contractNumber: 'L000000010' },
      { lastName: 'Peeters' },
      { birthDate: '1978-03-14' },
      { email: 'not an address' },
      { contractNumber: 'X1' },
      { nationalRegisterNumber: '123' },
    ]) {
      const { body } = await find(lookup);
      expect([lookup, body.errors?.[0]?.extensions?.['code']]).toEqual([lookup, 'BAD_USER_INPUT']);
    }
    for (const role of [
      ['customer', 'P00000001'],
      ['broker', 'B00001'],
    ] as const) {
      const { body } = await find({ contractNumber: 'L000000010' }, await system.token(role[0], role[1]));
      expect(body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
  });
});
