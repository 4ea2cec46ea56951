import { startSystem, type RunningSystem } from '../../../test-support/system';
import { CONTACT_CHANGE_NOTICE_LETTER } from '../flows/ContactChangeNotices';
import { answer, appliedChanges, confirmedChange, CONTACT, NEW_ADDRESS, registeredWithEid } from './contactClient';
import { IDENTITY_TEST_GATEWAY, letters, person, textMessages } from './identityClient';

const AN = 'P00000001';
const LUC = 'P00000002';

/**
 * The outside test's finding: an access token alone changed the postal address (APPLIED, no
 * code), after which the next password-reset letter went to the new address. Every change of
 * contact details now needs a code by SMS, and the old details are told of it. Through the
 * gateway, in development and production mode.
 */
describe.each([{ production: false }, { production: true }])(
  'a step-up code and a notice for every contact change (gateway %o)',
  ({ production }) => {
    let system: RunningSystem;

    beforeAll(async () => {
      system = await startSystem({ gateway: { ...IDENTITY_TEST_GATEWAY, production } });
    });
    afterAll(async () => {
      await system.stop();
    });

    it('changes nothing with an access token alone, not even the postal address', async () => {
      const token = await registeredWithEid(system, AN);
      const street = system.universe.person(0).address.street;
      expect(
        await answer(system, CONTACT.change, { input: { details: { postalAddress: NEW_ADDRESS } } }, token, {
          'accept-language': 'en',
        }),
      ).toEqual({
        __typename: 'OneTimeCodeRequired',
        code: 'ONE_TIME_CODE_REQUIRED',
        message:
          'Changing your contact details needs a code by text message. Request it, then confirm the change with that code.',
      });
      expect(await appliedChanges(system, AN)).toBe(0);
      expect(await answer(system, CONTACT.me, {}, token)).toMatchObject({ contact: { postalAddress: { street } } });
    });

    it('changes the postal address with the code, keeps the sessions, and tells the old address by letter and the number on file by SMS', async () => {
      const an = system.universe.person(0);
      const token = await registeredWithEid(system, AN);
      const input = await confirmedChange(system, AN, { postalAddress: NEW_ADDRESS }, token);
      expect(await answer(system, CONTACT.change, { input }, token)).toMatchObject({
        __typename: 'ContactDetailsChanged',
        status: 'APPLIED',
        changedFields: ['POSTAL_ADDRESS'],
        signedOutEverywhere: false,
        customer: { contact: { postalAddress: { street: NEW_ADDRESS.street } } },
      });

      const notice = (await letters(system, AN)).filter((letter) => letter.kind === CONTACT_CHANGE_NOTICE_LETTER);
      expect(notice).toEqual([
        expect.objectContaining({
          lines: [
            expect.stringMatching(
              /^Op \d{4}-\d{2}-\d{2} werden in de klantenzone uw contactgegevens gewijzigd: postadres\.$/,
            ),
            'Deze brief gaat naar het adres dat we vóór de wijziging kenden.',
            'Hebt u dit niet gevraagd? Bel dan meteen het contactcenter.',
          ],
          // The postal gateway's record of where the letter went: the address before the change.
          address: expect.objectContaining({ STRAAT: an.address.street, POSTCD: an.address.postalCode }),
        }),
      ]);
      expect((await textMessages(system, an.mobile)).at(-1)?.text).toBe(
        'Uw contactgegevens in de klantenzone werden gewijzigd: postadres. Was u dit niet? Bel meteen het contactcenter.',
      );
    });

    it('tells the old mobile number of a change to a new one', async () => {
      const luc = person(system, LUC);
      const token = await registeredWithEid(system, LUC);
      const input = await confirmedChange(system, LUC, { mobile: '0470 99 88 77' }, token);
      expect(await answer(system, CONTACT.change, { input }, token)).toMatchObject({
        status: 'APPLIED',
        changedFields: ['MOBILE'],
        signedOutEverywhere: true,
      });
      expect((await textMessages(system, luc.mobile)).at(-1)?.text).toMatch(
        /^(Uw contactgegevens in de klantenzone werden gewijzigd: gsm-nummer\.|Vos coordonnées ont été modifiées dans l’espace client : numéro de GSM\.|Ihre Kontaktdaten im Kundenbereich wurden geändert: Handynummer\.)/,
      );
      expect(await textMessages(system, '+32470998877')).toEqual([]);
    });
  },
);
