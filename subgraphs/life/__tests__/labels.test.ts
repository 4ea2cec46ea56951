import { LANGUAGES, negotiateLanguage } from '../../../platform/request';
import { LIFE_PRODUCTS } from '../../../legacy/shared/data/catalogue';
import type { BeneficiaryClause, FiscalRegime, LifeGuaranteeKind } from '../generated/resolvers';
import { clauseLabel, fiscalRegimeLabel, guaranteeLabel, productLabel } from '../labels';
import type { LifeContract } from '../model';
import { lifeContractNotShown } from '../notShown';

const REGIMES: FiscalRegime[] = ['PENSION_SAVINGS', 'LONG_TERM_SAVINGS', 'VAPZ', 'SOCIAL_VAPZ', 'IPT', 'POZ', 'NONE'];
const CLAUSES: BeneficiaryClause[] = [
  'THE_INSURED',
  'THE_POLICYHOLDER',
  'SPOUSE_OR_COHABITANT',
  'CHILDREN',
  'POLICYHOLDER_OR_LEGAL_HEIRS',
  'LEGAL_HEIRS',
];
const GUARANTEES: LifeGuaranteeKind[] = [
  'MIXED_LIFE',
  'TEMPORARY_DEATH_COVER',
  'DEBT_BALANCE_COVER',
  'GUARANTEED_INCOME',
];

/** Each label function over every value: a label in every language, and distinct labels per language. */
const tables: Array<[string, readonly string[], (value: string, language: (typeof LANGUAGES)[number]) => string]> = [
  ['product', Object.keys(LIFE_PRODUCTS), (code, language) => productLabel(code, 'fallback', language)],
  ['fiscal regime', REGIMES, (regime, language) => fiscalRegimeLabel(regime as FiscalRegime, language)],
  ['beneficiary clause', CLAUSES, (clause, language) => clauseLabel(clause as BeneficiaryClause, language)],
  ['guarantee', GUARANTEES, (kind, language) => guaranteeLabel(kind as LifeGuaranteeKind, language)],
];

describe('life labels', () => {
  it.each(tables)('has a %s label for every value in nl, fr and en, distinct per value', (_name, values, label) => {
    for (const language of LANGUAGES) {
      const labels = values.map((value) => label(value, language));
      for (const text of labels) expect(text).toMatch(/\S/);
      expect(labels).not.toContain('fallback');
      expect(new Set(labels).size).toBe(values.length);
    }
  });

  it('localises by Accept-Language: nl by default, German speakers get nl, fr and en when asked', () => {
    const label = (header: string | undefined) => productLabel('PS21', 'fallback', negotiateLanguage(header));
    expect(label(undefined)).toBe('Pensioensparen');
    expect(label('de-BE,de;q=0.9')).toBe('Pensioensparen');
    expect(label('fr-BE,fr;q=0.9,nl;q=0.8')).toBe('Épargne-pension');
    expect(label('en-GB')).toBe('Pension savings');
    expect(clauseLabel('LEGAL_HEIRS', 'fr')).toBe('Les héritiers légaux');
    expect(fiscalRegimeLabel('SOCIAL_VAPZ', 'fr')).toBe('PLCI sociale');
    expect(guaranteeLabel('GUARANTEED_INCOME', 'nl')).toBe('Gewaarborgd inkomen');
  });

  it("falls back to Life Connect's own product name for a product it does not know yet", () => {
    expect(productLabel('NEW42', 'Nieuw product', 'fr')).toBe('Nieuw product');
    expect(productLabel('constructor', 'Nieuw product', 'fr')).toBe('Nieuw product');
  });
});

describe('"I can\'t find my contract" entries for life contracts', () => {
  const contract = (kind: 'DEATH_COVER' | 'GUARANTEED_INCOME' | 'PENSION', productCode: string): LifeContract =>
    ({
      contractNumber: 'L000000033',
      productCode,
      productName: 'Tijdelijke overlijdensverzekering',
      kind,
      notShownReason: kind === 'PENSION' ? null : 'NOT_YET_SUPPORTED',
    }) as LifeContract;

  it("explains a standalone death cover in the caller's language, with its expected availability", () => {
    expect(lifeContractNotShown(contract('DEATH_COVER', 'DEATH'), 'nl')).toEqual({
      contractNumber: 'L000000033',
      domain: 'LIFE',
      productLabel: 'Overlijdensverzekering',
      reason: 'NOT_YET_SUPPORTED',
      explanation: expect.stringMatching(/^Losse overlijdensverzekeringen worden nog niet getoond/),
      expectedAvailability: 'Verwacht in 2025',
    });
    expect(lifeContractNotShown(contract('DEATH_COVER', 'DEBT'), 'fr')).toMatchObject({
      productLabel: 'Assurance solde restant dû',
      explanation: expect.stringMatching(/^Les assurances décès/),
      expectedAvailability: 'Prévu en 2025',
    });
    expect(lifeContractNotShown(contract('DEATH_COVER', 'DEATH'), 'en').expectedAvailability).toBe('Expected in 2025');
  });

  it('gives standalone guaranteed income the same expected availability as death cover', () => {
    expect(lifeContractNotShown(contract('GUARANTEED_INCOME', 'GI'), 'en')).toMatchObject({
      productLabel: 'Guaranteed income',
      explanation: expect.stringMatching(/^Standalone guaranteed income/),
      expectedAvailability: 'Expected in 2025',
    });
  });

  it('refuses to explain a contract the portal shows', () => {
    expect(() => lifeContractNotShown(contract('PENSION', 'PS21'), 'nl')).toThrow(/shown/);
  });
});
