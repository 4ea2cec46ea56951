import { LANGUAGES } from '../../../platform/request';
import { GUARANTEE_KIND } from '../backend/mapper';
import { GUARANTEE_CATALOGUE, guaranteeText } from '../guaranteeCatalogue';
import { kindLabel } from '../labels';
import type { HiddenNonLifeContract } from '../model';
import { nonLifeContractNotShown } from '../notShown';

const KINDS = [...Object.values(GUARANTEE_KIND), 'OTHER' as const];

describe('guarantee catalogue', () => {
  it('describes every guarantee kind, and nothing else', () => {
    expect(Object.keys(GUARANTEE_CATALOGUE).sort()).toEqual([...KINDS].sort());
  });

  it.each(KINDS)('%s: a label, what is covered and what is not, in nl, fr and en, each its own text', (kind) => {
    const texts = LANGUAGES.map((language) => guaranteeText(kind, language));
    for (const text of texts) {
      expect(text.label.trim()).not.toBe('');
      expect(text.covered.length).toBeGreaterThan(0);
      expect(text.notCovered.length).toBeGreaterThan(0);
      for (const line of [...text.covered, ...text.notCovered]) expect(line).toMatch(/^\S.*[.)]$/);
    }
    // Same number of points in every language: a translation never drops an exclusion.
    expect(new Set(texts.map((t) => `${t.covered.length}/${t.notCovered.length}`)).size).toBe(1);
    // No language falls back to another one's text.
    expect(new Set(texts.map((t) => t.covered[0])).size).toBe(LANGUAGES.length);
    expect(new Set(texts.map((t) => t.notCovered[0])).size).toBe(LANGUAGES.length);
  });

  it('gives every guarantee its own label within a language', () => {
    for (const language of LANGUAGES) {
      const labels = KINDS.map((kind) => guaranteeText(kind, language).label);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('says what family liability does not cover: motor vehicles and hunting (which need their own contracts)', () => {
    expect(guaranteeText('FAMILY_LIABILITY', 'nl').notCovered.join(' ')).toMatch(/motorrijtuig.*jacht/s);
    expect(guaranteeText('FAMILY_LIABILITY', 'fr').notCovered.join(' ')).toMatch(/véhicule automoteur.*chasse/s);
    expect(guaranteeText('FAMILY_LIABILITY', 'en').notCovered.join(' ')).toMatch(/motor vehicle.*hunting/s);
  });

  it('labels every product kind in every language', () => {
    expect(kindLabel('MOTOR', 'nl')).toBe('Autoverzekering');
    expect(kindLabel('MOTOR', 'fr')).toBe('Assurance auto');
    expect(kindLabel('LEGAL_ASSISTANCE', 'en')).toBe('Legal assistance');
  });
});

describe('a non-life contract not shown', () => {
  const base: HiddenNonLifeContract = {
    shown: false,
    contractNumber: 'V000000024',
    productCode: 'JACHT',
    productName: 'BA Jacht',
    reason: 'NICHE_PRODUCT',
    renewalDate: '2027-03-01',
    policyholderId: 'P1',
    insuredIds: ['P1'],
    intermediaryId: 'B1',
  };

  it('explains a niche product in the caller language, with no date when none is known', () => {
    expect(nonLifeContractNotShown(base, 'fr', '2026-11-15')).toEqual({
      contractNumber: 'V000000024',
      domain: 'NON_LIFE',
      productLabel: 'RC chasse',
      reason: 'NICHE_PRODUCT',
      explanation: expect.stringContaining('courtier'),
      expectedAvailability: null,
    });
    expect(nonLifeContractNotShown(base, 'en', '2026-11-15').productLabel).toBe('Hunting liability');
  });

  it('expects a legacy contract at its main renewal date, when it moves to V-Connect', () => {
    const legacy = {
      ...base,
      productCode: 'AUTO_OUD',
      productName: 'Autoverzekering (oud contract)',
      reason: 'LEGACY_SYSTEM' as const,
    };
    expect(nonLifeContractNotShown(legacy, 'nl', '2026-11-15')).toMatchObject({
      productLabel: 'Autoverzekering (oud contract)',
      expectedAvailability: 'Vanaf de hoofdvervaldag, 1 maart 2027',
    });
    expect(nonLifeContractNotShown(legacy, 'fr', '2026-11-15').expectedAvailability).toBe(
      'À partir de l’échéance annuelle, le 1 mars 2027',
    );
    expect(nonLifeContractNotShown(legacy, 'en', '2026-11-15').expectedAvailability).toBe(
      'From its annual renewal date, 1 March 2027',
    );
    // A renewal date already past says nothing about the future.
    expect(nonLifeContractNotShown(legacy, 'nl', '2027-03-01').expectedAvailability).toBeNull();
  });

  it("keeps V-Connect's own name for a product it has no label for, and explains each reason differently", () => {
    const unknown = {
      ...base,
      productCode: 'CARAVAN',
      productName: 'Caravanverzekering',
      reason: 'NOT_YET_SUPPORTED' as const,
    };
    expect(nonLifeContractNotShown(unknown, 'en', '2026-11-15').productLabel).toBe('Caravanverzekering');
    for (const language of LANGUAGES) {
      const explanations = (['NICHE_PRODUCT', 'LEGACY_SYSTEM', 'NOT_YET_SUPPORTED'] as const).map(
        (reason) => nonLifeContractNotShown({ ...base, reason }, language, '2026-11-15').explanation,
      );
      expect(new Set(explanations).size).toBe(3);
    }
  });
});
