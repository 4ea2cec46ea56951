import { GraphQLError } from 'graphql';
import { ANONYMOUS, type Viewer } from '../../../platform/auth/viewer';
import { BROKER_FAQ } from '../help/brokerFaq';
import { CUSTOMER_FAQ } from '../help/customerFaq';
import type { FaqSection } from '../help/faq';
import { helpAudienceFor, helpIn } from '../help/help';

const LANGUAGES = ['nl', 'fr', 'en'] as const;

const CUSTOMER: Viewer = { role: 'customer', subject: 'P00000001', customerId: 'P00000001' };
const BROKER: Viewer = { role: 'broker', subject: 'B00001', brokerId: 'B00001' };
const SUPPORT: Viewer = { role: 'support', subject: 'S0001', staffId: 'S0001' };

/** Sentences only a text written to brokers contains, in each language. */
const BROKER_WORDING = [
  'Word ik als makelaar',
  'Wat kan ik doen om de klant te helpen',
  'als makelaar',
  'En tant que courtier',
  'Que puis-je faire pour l’aider',
  'As a broker',
  'What can I do to help',
];

const ids = (faq: readonly FaqSection[]) => faq.flatMap((section) => section.questions.map((entry) => entry.id));
const entry = (faq: readonly FaqSection[], id: string) =>
  faq.flatMap((section) => section.questions).find((question) => question.id === id);
const codeOf = (run: () => unknown): unknown => {
  try {
    run();
    return 'no error';
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions['code'] : error;
  }
};

describe('the customer FAQ and the broker FAQ', () => {
  it('number their questions as written here, each FAQ its own', () => {
    expect(ids(CUSTOMER_FAQ)).toEqual([
      'I.1',
      'I.2',
      'I.3',
      'I.4',
      'I.5',
      'II.1',
      'II.2',
      'II.3',
      'III.1',
      'III.2',
      'III.3',
      'IV.1',
      'IV.2',
      'IV.3',
      'V.1',
      'V.2',
      'VI.1',
    ]);
    expect(ids(BROKER_FAQ)).toEqual([
      'I.1',
      'I.2',
      'I.3',
      'I.4',
      'I.5',
      'I.6',
      'II.1',
      'II.2',
      'II.3',
      'II.4',
      'II.5',
      'III.1',
      'III.2',
      'IV.1',
      'IV.2',
      'IV.3',
      'V.1',
      'V.2',
      'V.3',
      'VI.1',
    ]);
  });

  it.each([
    ['customer', CUSTOMER_FAQ],
    ['broker', BROKER_FAQ],
  ] as const)(
    'the %s FAQ has every title, question and answer in Dutch, French and English, and links only to its own questions',
    (_audience, faq) => {
      for (const section of faq) {
        for (const language of LANGUAGES)
          expect([section.id, language, section.title[language].trim()]).not.toContain('');
        for (const question of section.questions) {
          expect(question.id.startsWith(`${section.id}.`)).toBe(true);
          for (const language of LANGUAGES) {
            expect([question.id, language, question.question[language].trim().length > 0]).toEqual([
              question.id,
              language,
              true,
            ]);
            expect([question.id, language, question.answer[language].trim().length > 0]).toEqual([
              question.id,
              language,
              true,
            ]);
            // "(zie II.1)", "(voir II.1)", "(see II.1)": every question the text points at is linked, and exists.
            const referred = [...question.answer[language].matchAll(/\((?:zie|voir|see) ([IVX]+\.\d+)\)/g)].map(
              (match) => match[1],
            );
            expect([question.id, language, referred]).toEqual([question.id, language, question.seeAlso ?? []]);
          }
          for (const target of question.seeAlso ?? []) expect(ids(faq)).toContain(target);
        }
      }
    },
  );

  it('writes the customer FAQ to the customer and never in the words of the broker FAQ', () => {
    expect(entry(CUSTOMER_FAQ, 'I.1')?.question).toEqual({
      nl: 'Hoe maak ik een account aan?',
      fr: 'Comment créer mon compte ?',
      en: 'How do I create an account?',
    });
    expect(entry(CUSTOMER_FAQ, 'II.2')?.question.nl).toBe('Ik vind een van mijn contracten niet terug. Hoe komt dat?');
    const customerText = JSON.stringify(CUSTOMER_FAQ);
    for (const wording of BROKER_WORDING) expect([wording, customerText.includes(wording)]).toEqual([wording, false]);

    expect(entry(BROKER_FAQ, 'I.3')?.question.nl).toBe(
      'Word ik als makelaar op de hoogte gebracht wanneer een klant uit mijn portefeuille zich registreert in zijn klantenzone?',
    );
    expect(entry(BROKER_FAQ, 'II.2')?.question.nl).toContain('Wat kan ik doen om de klant te helpen?');
  });

  it('gives a real add-to-home-screen procedure, linked from "is there an app?", in both FAQs', () => {
    expect(entry(CUSTOMER_FAQ, 'V.1')?.seeAlso).toEqual(['V.2']);
    expect(entry(BROKER_FAQ, 'I.5')?.seeAlso).toEqual(['I.6']);
    const steps = entry(CUSTOMER_FAQ, 'V.2')?.answer;
    expect(steps?.nl).toContain(
      'Op een iPhone of iPad (Safari):\n1. Open de klantenzone in Safari.\n2. Tik op de knop Deel (het vierkantje met een pijl naar boven), onderaan of bovenaan het scherm.\n3. Scrol naar beneden en tik op ‘Zet op beginscherm’.',
    );
    expect(steps?.nl).toContain(
      '2. Tik rechtsboven op het menu ⋮ (drie puntjes).\n3. Tik op ‘Toevoegen aan startscherm’ of ‘App installeren’.',
    );
    expect(steps?.fr).toContain('3. Faites défiler vers le bas et touchez « Sur l’écran d’accueil ».');
    expect(steps?.fr).toContain('3. Touchez « Ajouter à l’écran d’accueil » ou « Installer l’application ».');
    expect(steps?.en).toContain('3. Scroll down and tap ‘Add to Home Screen’.');
    expect(steps?.en).toContain('3. Tap ‘Add to home screen’ or ‘Install app’.');
    expect(entry(BROKER_FAQ, 'I.6')?.answer).toEqual(steps);
  });
});

describe('whose Contact & Help a caller gets', () => {
  it('follows the token: customers and callers without one get the customer FAQ, brokers the broker FAQ, staff either', () => {
    expect(helpAudienceFor(ANONYMOUS, undefined)).toBe('customer');
    expect(helpAudienceFor(CUSTOMER, null)).toBe('customer');
    expect(helpAudienceFor(CUSTOMER, 'CUSTOMER')).toBe('customer');
    expect(helpAudienceFor(BROKER, undefined)).toBe('broker');
    expect(helpAudienceFor(BROKER, 'BROKER')).toBe('broker');
    expect(helpAudienceFor(SUPPORT, undefined)).toBe('customer');
    expect(helpAudienceFor(SUPPORT, 'BROKER')).toBe('broker');
    expect(helpAudienceFor(SUPPORT, 'CUSTOMER')).toBe('customer');
  });

  it('refuses another audience’s FAQ to anyone but contact-centre staff', () => {
    expect(codeOf(() => helpAudienceFor(CUSTOMER, 'BROKER'))).toBe('FORBIDDEN');
    expect(codeOf(() => helpAudienceFor(BROKER, 'CUSTOMER'))).toBe('FORBIDDEN');
    expect(codeOf(() => helpAudienceFor(ANONYMOUS, 'BROKER'))).toBe('UNAUTHENTICATED');
  });

  it('serves each FAQ per language with the same numbering, and says whom it is for', () => {
    const shape = (language: 'nl' | 'fr' | 'en', audience: 'customer' | 'broker') =>
      helpIn(language, audience).faq.map((section) => [section.id, section.questions.map((question) => question.id)]);
    for (const audience of ['customer', 'broker'] as const) {
      expect(shape('fr', audience)).toEqual(shape('nl', audience));
      expect(shape('en', audience)).toEqual(shape('nl', audience));
    }
    expect(helpIn('nl').audience).toBe('CUSTOMER');
    expect(helpIn('nl', 'broker').audience).toBe('BROKER');
    expect(helpIn('nl').brokerFirstContact).toBe(
      'Uw makelaar blijft uw belangrijkste contactpunt, zeker voor vragen over uw contracten.',
    );
    expect(helpIn('nl', 'broker').brokerFirstContact).toBe(
      'U blijft het belangrijkste contactpunt van uw klant, zeker voor vragen over zijn contracten.',
    );
    expect(helpIn('en', 'broker').contactCentre.helpsWith).toBe(
      'Your customer cannot create an account or sign in? Our contact centre will help them, and you.',
    );
    expect(helpIn('en').faq[4]?.questions[0]?.seeAlso).toEqual(['V.2']);
    expect(helpIn('en').contactCentre.openingHours).toEqual([
      {
        __typename: 'OpeningHours',
        days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'],
        opens: '08:30',
        closes: '17:00',
      },
      { __typename: 'OpeningHours', days: ['FRIDAY'], opens: '08:30', closes: '16:00' },
    ]);
  });
});
