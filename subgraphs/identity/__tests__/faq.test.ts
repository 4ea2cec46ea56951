import { FAQ } from '../help/faq';
import { helpIn } from '../help/help';

describe('the FAQ', () => {
  it('has every question and answer in Dutch, French and English, with unique ids', () => {
    const ids = FAQ.flatMap((section) => section.questions.map((entry) => entry.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const section of FAQ) {
      for (const language of ['nl', 'fr', 'en'] as const) expect(section.title[language].trim()).not.toBe('');
      for (const entry of section.questions) {
        expect(entry.id.startsWith(`${section.id}.`)).toBe(true);
        for (const language of ['nl', 'fr', 'en'] as const) {
          expect([
            entry.id,
            language,
            entry.question[language].trim().length > 0,
            entry.answer[language].trim().length > 0,
          ]).toEqual([entry.id, language, true, true]);
        }
      }
    }
  });

  it('is served per language with the same structure', () => {
    const shape = (language: 'nl' | 'fr' | 'en') =>
      helpIn(language).faq.map((section) => [section.id, section.questions.map((entry) => entry.id)]);
    expect(shape('fr')).toEqual(shape('nl'));
    expect(shape('en')).toEqual(shape('nl'));
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
