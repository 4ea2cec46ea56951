import type { Language } from '../../platform/request';

/** Product names per Life Connect product code, in the portal's languages. */
const PRODUCT_LABELS: Record<string, Record<Language, string>> = {
  PS21: { nl: 'Pensioensparen', fr: 'Épargne-pension', en: 'Pension savings' },
  LTS21: { nl: 'Langetermijnsparen', fr: 'Épargne à long terme', en: 'Long-term savings' },
  SAV21: { nl: 'Spaarverzekering', fr: 'Assurance épargne', en: 'Savings insurance' },
  UL115: { nl: 'Universal Life', fr: 'Universal Life', en: 'Universal life' },
  INV23: { nl: 'Beleggingsverzekering', fr: 'Assurance placement', en: 'Unit-linked investment' },
  VAPZ: { nl: 'Vrij Aanvullend Pensioen voor Zelfstandigen (VAPZ)', fr: 'Pension libre complémentaire pour indépendants (PLCI)', en: 'Supplementary pension for the self-employed (VAPZ)' },
  VAPZS: { nl: 'Sociaal VAPZ', fr: 'PLCI sociale', en: 'Social VAPZ' },
  IPT: { nl: 'Individuele pensioentoezegging (IPT)', fr: 'Engagement individuel de pension (EIP)', en: 'Individual pension commitment (IPT)' },
  CAP26: { nl: 'Kapitalisatieverrichting', fr: 'Opération de capitalisation', en: 'Capitalisation' },
  DEATH: { nl: 'Overlijdensverzekering', fr: 'Assurance décès', en: 'Death cover' },
  DEBT: { nl: 'Schuldsaldoverzekering', fr: 'Assurance solde restant dû', en: 'Debt-balance cover' },
  GI: { nl: 'Gewaarborgd inkomen', fr: 'Revenu garanti', en: 'Guaranteed income' },
};

export function productLabel(productCode: string, fallback: string, language: Language): string {
  return PRODUCT_LABELS[productCode]?.[language] ?? fallback;
}
