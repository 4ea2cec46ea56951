import { UNKNOWN_PERSON } from '../../../legacy/customer-master/identityProviders';
import { startSystem, type RunningSystem } from '../../../test-support/system';
import { setPasswordHashCost } from '../credentials/passwords';
import { DEMO } from '../store/demoSeed';
import { answer, confirmedChange, CONTACT, registeredWithEid } from './contactClient';
import {
  eventually,
  IDENTITY_TEST_GATEWAY,
  letters,
  mutate,
  person,
  requestActivationLetter,
  TEST_PASSWORD_HASH_COST,
} from './identityClient';

const PASSWORD = 'correct horse battery staple';
const REQUESTED =
  'If this contract and this national register number belong to one customer without an account yet, we send an activation code by post to the address in our customer records. No letter within a week? Call the contact centre.';

/**
 * Whether an e-mail address has an account, or a national register number a customer, is not
 * for a caller to learn who has not proven control of it (the outside test's enumeration
 * finding): a signed-in customer asking for a code for another's address, a holder of one
 * activation letter trying address after address, an anonymous caller trying register numbers.
 * Through the gateway, in development and production mode.
 */
describe.each([{ production: false }, { production: true }])(
  'answers that tell nothing about other people (gateway %o)',
  ({ production }) => {
    let system: RunningSystem;
    const logLines: string[] = [];

    beforeAll(async () => {
      setPasswordHashCost(TEST_PASSWORD_HASH_COST);
      system = await startSystem({
        gateway: { ...IDENTITY_TEST_GATEWAY, production },
        logSink: (line) => logLines.push(line),
        logLevel: 'info',
      });
    });
    afterAll(async () => {
      await system.stop();
    });

    const contractOf = (partyId: string): string => {
      const index = Number(partyId.slice(1)) - 1;
      return (
        system.universe.heldContractNumbers(index, 'life')[0] ??
        system.universe.heldContractNumbers(index, 'nonlife')[0] ??
        ''
      );
    };

    it('answers a code request the same for an e-mail address in use and a free one, and says EMAIL_IN_USE only after the code, using it up', async () => {
      const sophie = 'P00000003';
      const token = await registeredWithEid(system, sophie);
      const inUse = { email: DEMO.emailInUse.email.toUpperCase() };
      const free = { email: 'sophie.nieuw@klant.example' };

      for (const details of [inUse, free]) {
        expect(await answer(system, CONTACT.change, { input: { details } }, token)).toEqual({
          __typename: 'OneTimeCodeRequired',
          code: 'ONE_TIME_CODE_REQUIRED',
          message: expect.any(String),
        });
        expect(await answer(system, CONTACT.requestCode, { input: details }, token)).toEqual({
          __typename: 'OneTimeCodeSent',
          challengeId: expect.any(String),
          maskedMobileNumber: `+32 4** ** ** ${person(system, sophie).mobile.slice(-2)}`,
          validUntil: expect.any(String),
        });
      }

      const confirmed = await confirmedChange(system, sophie, inUse, token);
      expect(await answer(system, CONTACT.change, { input: confirmed }, token, { 'accept-language': 'en' })).toEqual({
        __typename: 'EmailInUse',
        code: 'EMAIL_IN_USE',
        message:
          'This e-mail address is already used by another account; nothing was changed. Request a new code for another address, or call the contact centre if the address is yours.',
      });
      expect(await answer(system, CONTACT.change, { input: confirmed }, token)).toMatchObject({
        __typename: 'CodeRejected',
        code: 'ONE_TIME_CODE_EXPIRED',
      });
    });

    it('answers EMAIL_IN_USE to one registration per activation letter: the answer uses the code up', async () => {
      const lotte = 'P00000009';
      const activationCode = await requestActivationLetter(system, lotte, contractOf(lotte));
      const register = (email: string) =>
        mutate(system, 'registerWithActivationCode', {
          contractNumber: contractOf(lotte),
          activationCode,
          email,
          password: PASSWORD,
          consentToDigitalDocuments: true,
        });
      expect(await register(DEMO.emailInUse.email)).toMatchObject({ __typename: 'EmailInUse', code: 'EMAIL_IN_USE' });
      expect(await register('lotte.tweede.poging@klant.example')).toMatchObject({
        __typename: 'CodeRejected',
        code: 'ACTIVATION_CODE_EXPIRED',
        attemptsLeft: null,
      });
      const registration = await system.query('query ($id: ID!) { customer(id: $id) { registration { status } } }', {
        token: await system.token('support', 'S0001'),
        variables: { id: lotte },
      });
      expect(registration.body.data?.['customer']).toEqual({ registration: { status: 'NOT_REGISTERED' } });
    });

    it('answers EMAIL_IN_USE once to registrations sent at once with one activation code', async () => {
      const lotte = 'P00000009';
      const activationCode = await requestActivationLetter(system, lotte, contractOf(lotte));
      const answers = await Promise.all(
        [1, 2, 3, 4, 5].map(() =>
          mutate(system, 'registerWithActivationCode', {
            contractNumber: contractOf(lotte),
            activationCode,
            email: DEMO.emailInUse.email,
            password: PASSWORD,
            consentToDigitalDocuments: true,
          }),
        ),
      );
      const told = answers.map((answer) => (answer as { code?: string }).code).sort();
      expect(told).toEqual([
        'ACTIVATION_CODE_EXPIRED',
        'ACTIVATION_CODE_EXPIRED',
        'ACTIVATION_CODE_EXPIRED',
        'ACTIVATION_CODE_EXPIRED',
        'EMAIL_IN_USE',
      ]);
    });

    it('answers an activation request the same for an unknown person, one found twice, one without the contract, a registered customer and one who may register; only the last gets a letter', async () => {
      const an = person(system, 'P00000001');
      const jan = person(system, 'P00000005');
      const registered = DEMO.emailInUse.customerId;
      const mayRegister = 'P00000010';
      const silent = ['P00000001', 'P00000005', 'P00000006', registered];
      const lettersBefore = await Promise.all(silent.map(async (id) => (await letters(system, id)).length));
      const requests = [
        { contractNumber: 'L000000010', nationalRegisterNumber: UNKNOWN_PERSON.national_register_number },
        {
          contractNumber: system.universe.heldContractNumbers(4, 'nonlife')[0] ?? '',
          nationalRegisterNumber: jan.nationalRegisterNumber,
        },
        {
          contractNumber: system.universe.heldContractNumbers(1, 'nonlife')[0] ?? '',
          nationalRegisterNumber: an.nationalRegisterNumber,
        },
        {
          contractNumber: contractOf(registered),
          nationalRegisterNumber: person(system, registered).nationalRegisterNumber,
        },
        {
          contractNumber: contractOf(mayRegister),
          nationalRegisterNumber: person(system, mayRegister).nationalRegisterNumber,
        },
      ];
      for (const input of requests)
        expect(await mutate(system, 'requestActivationCode', input, { 'accept-language': 'en' })).toEqual({
          __typename: 'ActivationCodeSent',
          message: REQUESTED,
          validUntil: expect.any(String),
        });

      // The work after the answer: four requests end without a letter (the log says why), one with it.
      await eventually(async () => {
        expect(logLines.filter((line) => line.includes('activation code requested; no letter'))).toHaveLength(4);
        expect(await letters(system, mayRegister)).toHaveLength(1);
      });
      const noLetter = logLines.filter((line) => line.includes('activation code requested; no letter'));
      for (const outcome of ['not-found', 'several', 'data-mismatch', 'already-registered'])
        expect([outcome, noLetter.filter((line) => line.includes(`"outcome":"${outcome}"`)).length]).toEqual([
          outcome,
          1,
        ]);
      expect(await Promise.all(silent.map(async (id) => (await letters(system, id)).length))).toEqual(lettersBefore);
    });
  },
);
