import { PersistedOperationManifest } from '../persistedOperations';
import { DEFAULT_RATE_LIMIT_POLICY, targetsIn } from '../rateLimits';
import { eventually } from '../../test-support/eventually';
import {
  IDENTITY_TEST_GATEWAY,
  latestLetterCode,
  letters,
  person,
  textMessages,
  TEST_PASSWORD_HASH_COST,
  type Result,
} from '../../subgraphs/identity/__tests__/identityClient';
import { setPasswordHashCost } from '../../subgraphs/identity/credentials/passwords';
import { startSystem, type RunningSystem } from '../../test-support/system';

const PASSWORD = 'correct horse battery staple';
const WRONG = 'not the password at all';
const MAX_ATTEMPTS = 5;
const CUSTOMER = 'P00000003';
/** The address the customer registers with: three letters "i", each of which the attacker wrote as "İ" (U+0130). */
const EMAIL = 'tim.vinck.ict@klant.example';
const DOTTED_I = ['tİm.vinck.ict@klant.example', 'tim.vİnck.İct@klant.example', 'tİm.vİnck.İct@klant.example'];
const STAFF_EMAIL = 'ilse.wijnants@contactcenter.example';
const STAFF_MOBILE = '+32478123499';

const manifest = PersistedOperationManifest.fromFile();
/** The registered document of a portal operation, sent as its exact text (the safelist lets only these through). */
function registered(name: string): string {
  const document = [...manifest.entries()].map(([, text]) => text).find((text) => text.startsWith(`mutation ${name}(`));
  if (!document) throw new Error(`No registered operation ${name}.`);
  return document;
}

/**
 * The outside test's finding: after five wrong passwords the right one was refused, but the same
 * address with its "i"s written "İ" signed in, since the lockout folded case in JavaScript and the
 * account was found by PostgreSQL's lower(). Through the gateway with the safelist on, anonymous
 * callers sending only the portal's registered operations, in development and production mode.
 */
describe.each([{ production: false }, { production: true }])(
  'lockouts hold for every spelling of an e-mail address (gateway %o, safelist)',
  ({ production }) => {
    let system: RunningSystem;

    beforeAll(async () => {
      setPasswordHashCost(TEST_PASSWORD_HASH_COST);
      system = await startSystem({
        identitySettings: { maxFailedAttempts: MAX_ATTEMPTS, lockoutSeconds: 600 },
        gateway: { ...IDENTITY_TEST_GATEWAY, production, persistedOperations: { manifest, mode: 'safelist' } },
      });
    });
    afterAll(async () => {
      await system.stop();
    });

    async function run(name: string, root: string, input: Record<string, unknown>): Promise<Result> {
      const { body } = await system.query(registered(name), { variables: { input } });
      if (body.errors?.length) throw new Error(`${name} answered errors: ${JSON.stringify(body.errors)}`);
      return body.data?.[root] as Result;
    }
    const signIn = (email: string, password: string) => run('SignIn', 'signIn', { email, password });
    const heldContract = (partyId: string): string =>
      system.universe.heldContractNumbers(Number(partyId.slice(1)) - 1, 'life')[0] ??
      system.universe.heldContractNumbers(Number(partyId.slice(1)) - 1, 'nonlife')[0] ??
      '';
    /** Asks for an activation letter and reads its code once the letter is out. */
    async function activationCode(partyId: string): Promise<string> {
      const before = (await letters(system, partyId)).length;
      const requested = await run('RequestActivationCode', 'requestActivationCode', {
        contractNumber: heldContract(partyId),
        nationalRegisterNumber: person(system, partyId).nationalRegisterNumber,
      });
      expect(requested.__typename).toBe('ActivationCodeSent');
      return eventually(async () => {
        expect((await letters(system, partyId)).length).toBe(before + 1);
        return latestLetterCode(system, partyId, 'ACTIVATION_CODE');
      });
    }
    const register = (partyId: string, activationCode: string, email: string) =>
      run('RegisterWithActivationCode', 'registerWithActivationCode', {
        contractNumber: heldContract(partyId),
        activationCode,
        email,
        password: PASSWORD,
        consentToDigitalDocuments: true,
      });

    it('refuses the right password for every spelling of a locked-out address, sending no SMS code', async () => {
      expect(await register(CUSTOMER, await activationCode(CUSTOMER), EMAIL)).toMatchObject({
        __typename: 'Registered',
      });
      const mobile = person(system, CUSTOMER).mobile;
      for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++)
        expect(await signIn(EMAIL, WRONG)).toMatchObject({ __typename: 'InvalidCredentials' });
      expect(await signIn(EMAIL, WRONG)).toMatchObject({ __typename: 'LockedOut', code: 'LOCKED_OUT' });
      const smsBefore = (await textMessages(system, mobile)).length;

      expect(await signIn(EMAIL, PASSWORD)).toMatchObject({ __typename: 'LockedOut' });
      for (const spelling of DOTTED_I)
        expect([spelling, await signIn(spelling, PASSWORD)]).toEqual([
          spelling,
          expect.objectContaining({ __typename: 'InvalidInput', code: 'INVALID_INPUT', field: 'email' }),
        ]);
      // Spellings of the one address count against its one account.
      for (const spelling of ['TIM.VINCK.ICT@KLANT.EXAMPLE', 'ｔｉｍ．ｖｉｎｃｋ．ｉｃｔ＠ｋｌａｎｔ．ｅｘａｍｐｌｅ'])
        expect([spelling, await signIn(spelling, PASSWORD)]).toEqual([
          spelling,
          expect.objectContaining({ __typename: 'LockedOut' }),
        ]);
      expect((await textMessages(system, mobile)).length).toBe(smsBefore);
    });

    it('refuses a right reset code for every spelling of an address locked out of resets', async () => {
      const before = (await letters(system, CUSTOMER)).length;
      expect(await run('RequestPasswordReset', 'requestPasswordReset', { email: EMAIL })).toMatchObject({
        __typename: 'PasswordResetRequested',
      });
      const resetCode = await eventually(async () => {
        expect((await letters(system, CUSTOMER)).length).toBe(before + 1);
        return latestLetterCode(system, CUSTOMER, 'PASSWORD_RESET_CODE');
      });
      const reset = (email: string, code: string) =>
        run('ResetPassword', 'resetPassword', { email, resetCode: code, newPassword: 'an entirely new passphrase' });
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) await reset(EMAIL, 'AAAA-BBBB-CCCC');
      expect(await reset(EMAIL, resetCode)).toMatchObject({ __typename: 'LockedOut' });
      for (const spelling of DOTTED_I)
        expect([spelling, await reset(spelling, resetCode)]).toEqual([
          spelling,
          expect.objectContaining({ __typename: 'InvalidInput', field: 'email' }),
        ]);
      expect(await reset(EMAIL.toUpperCase(), resetCode)).toMatchObject({ __typename: 'LockedOut' });
    });

    it('refuses a staff member’s right password for every spelling of a locked-out address', async () => {
      const created = await fetch(`${system.stacks[0]?.subgraphOrigins.identity ?? ''}/admin/staff`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: STAFF_EMAIL, mobile: STAFF_MOBILE }),
      });
      expect(created.status).toBe(201);
      const { password } = (await created.json()) as { password: string };
      const staffSignIn = (email: string, secret: string) =>
        run('SignInAsStaff', 'signInAsStaff', { email, password: secret });
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) await staffSignIn(STAFF_EMAIL, WRONG);
      expect(await staffSignIn(STAFF_EMAIL, password)).toMatchObject({ __typename: 'LockedOut' });
      for (const spelling of ['İlse.wİjnants@contactcenter.example', 'ilse.wijnants@contactcenter.exampl\u0435'])
        expect([spelling, await staffSignIn(spelling, password)]).toEqual([
          spelling,
          expect.objectContaining({ __typename: 'InvalidInput', field: 'email' }),
        ]);
      expect(await staffSignIn(STAFF_EMAIL.toUpperCase(), password)).toMatchObject({ __typename: 'LockedOut' });
      expect(await textMessages(system, STAFF_MOBILE)).toEqual([]);
    });

    it('gives no second account to an existing address in look-alike, invisible, decomposed or full-width characters', async () => {
      const other = 'P00000004';
      const code = await activationCode(other);
      // Cyrillic "а", a zero-width joiner, "é" as e and a combining accent (NFD) and as one letter (NFC).
      for (const spelling of [
        'tim.vinck.ict@kl\u0430nt.example',
        'tim.vinck\u200d.ict@klant.example',
        'tim.vinck.ict@andre\u0301.example',
        'tim.vinck.ict@andré.example',
      ])
        expect([spelling, await register(other, code, spelling)]).toEqual([
          spelling,
          expect.objectContaining({ __typename: 'InvalidInput', field: 'email' }),
        ]);
      // Full-width letters are the ASCII ones: the address the first account uses.
      expect(await register(other, code, 'tim.vinck.ict@ｋｌａｎｔ.example')).toMatchObject({
        __typename: 'EmailInUse',
        code: 'EMAIL_IN_USE',
      });
    });
  },
);

describe('the gateway’s per-target quota', () => {
  it('counts every spelling of an address identity takes for one account as one target', () => {
    const names = new Set(DEFAULT_RATE_LIMIT_POLICY.targetArguments.map((name) => name.toLowerCase()));
    const spellings = [
      EMAIL,
      ' Tim.Vinck.ICT@Klant.Example ',
      'ｔｉｍ．ｖｉｎｃｋ．ｉｃｔ＠ｋｌａｎｔ．ｅｘａｍｐｌｅ',
    ];
    expect([
      ...targetsIn(
        spellings.map((email) => ({ input: { email } })),
        names,
      ),
    ]).toEqual([EMAIL]);
  });
});
