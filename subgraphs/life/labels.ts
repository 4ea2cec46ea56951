import type { Language } from '../../platform/request';
import type { BeneficiaryClause, FiscalRegime, LifeGuaranteeKind } from './generated/resolvers';

type Localised = Readonly<Record<Language, string>>;

/** Product names per Life Connect product code, in the portal's languages. */
const PRODUCT_LABELS: Readonly<Record<string, Localised>> = {
  PS21: { nl: 'Pensioensparen', fr: 'Épargne-pension', en: 'Pension savings' },
  LTS21: { nl: 'Langetermijnsparen', fr: 'Épargne à long terme', en: 'Long-term savings' },
  SAV21: { nl: 'Spaarverzekering', fr: 'Assurance épargne', en: 'Savings insurance' },
  UL115: { nl: 'Universal Life', fr: 'Universal Life', en: 'Universal life' },
  INV23: { nl: 'Beleggingsverzekering', fr: 'Assurance placement', en: 'Unit-linked investment' },
  VAPZ: {
    nl: 'Vrij Aanvullend Pensioen voor Zelfstandigen (VAPZ)',
    fr: 'Pension libre complémentaire pour indépendants (PLCI)',
    en: 'Supplementary pension for the self-employed (VAPZ)',
  },
  VAPZS: { nl: 'Sociaal VAPZ', fr: 'PLCI sociale', en: 'Social VAPZ' },
  IPT: {
    nl: 'Individuele pensioentoezegging (IPT)',
    fr: 'Engagement individuel de pension (EIP)',
    en: 'Individual pension commitment (IPT)',
  },
  CAP26: { nl: 'Kapitalisatieverrichting', fr: 'Opération de capitalisation', en: 'Capitalisation' },
  DEATH: { nl: 'Overlijdensverzekering', fr: 'Assurance décès', en: 'Death cover' },
  DEBT: { nl: 'Schuldsaldoverzekering', fr: 'Assurance solde restant dû', en: 'Debt-balance cover' },
  GI: { nl: 'Gewaarborgd inkomen', fr: 'Revenu garanti', en: 'Guaranteed income' },
};

const FISCAL_REGIME_LABELS: Readonly<Record<FiscalRegime, Localised>> = {
  PENSION_SAVINGS: { nl: 'Pensioensparen', fr: 'Épargne-pension', en: 'Pension savings' },
  LONG_TERM_SAVINGS: { nl: 'Langetermijnsparen', fr: 'Épargne à long terme', en: 'Long-term savings' },
  VAPZ: { nl: 'VAPZ', fr: 'PLCI', en: 'VAPZ (supplementary pension for the self-employed)' },
  SOCIAL_VAPZ: { nl: 'Sociaal VAPZ', fr: 'PLCI sociale', en: 'Social VAPZ' },
  IPT: {
    nl: 'Individuele pensioentoezegging (IPT)',
    fr: 'Engagement individuel de pension (EIP)',
    en: 'Individual pension commitment (IPT)',
  },
  POZ: {
    nl: 'Pensioenovereenkomst voor zelfstandigen (POZ)',
    fr: 'Convention de pension pour travailleurs indépendants (CPTI)',
    en: 'Pension agreement for the self-employed (POZ)',
  },
  NONE: { nl: 'Geen fiscaal voordeel', fr: 'Sans avantage fiscal', en: 'No tax advantage' },
};

const CLAUSE_LABELS: Readonly<Record<BeneficiaryClause, Localised>> = {
  THE_INSURED: { nl: 'De verzekerde', fr: "L'assuré", en: 'The insured' },
  THE_POLICYHOLDER: { nl: 'De verzekeringnemer', fr: "Le preneur d'assurance", en: 'The policyholder' },
  SPOUSE_OR_COHABITANT: {
    nl: 'De echtgeno(o)t(e) of wettelijk samenwonende partner',
    fr: 'Le conjoint ou le cohabitant légal',
    en: 'The spouse or legal cohabitant',
  },
  CHILDREN: { nl: 'De kinderen', fr: 'Les enfants', en: 'The children' },
  POLICYHOLDER_OR_LEGAL_HEIRS: {
    nl: 'De verzekeringnemer, bij ontstentenis de wettelijke erfgenamen',
    fr: "Le preneur d'assurance, à défaut ses héritiers légaux",
    en: 'The policyholder, or failing that the legal heirs',
  },
  LEGAL_HEIRS: { nl: 'De wettelijke erfgenamen', fr: 'Les héritiers légaux', en: 'The legal heirs' },
};

const GUARANTEE_LABELS: Readonly<Record<LifeGuaranteeKind, Localised>> = {
  MIXED_LIFE: {
    nl: 'Leven en overlijden (gemengde verzekering)',
    fr: 'Vie et décès (assurance mixte)',
    en: 'Life and death (mixed life)',
  },
  TEMPORARY_DEATH_COVER: {
    nl: 'Tijdelijke overlijdensdekking',
    fr: 'Assurance décès temporaire',
    en: 'Temporary death cover',
  },
  DEBT_BALANCE_COVER: { nl: 'Schuldsaldodekking', fr: 'Couverture solde restant dû', en: 'Debt-balance cover' },
  GUARANTEED_INCOME: { nl: 'Gewaarborgd inkomen', fr: 'Revenu garanti', en: 'Guaranteed income' },
};

/** The product's name; Life Connect's own (Dutch) name for a product this table does not know yet. */
export function productLabel(productCode: string, fallback: string, language: Language): string {
  return Object.hasOwn(PRODUCT_LABELS, productCode) ? (PRODUCT_LABELS[productCode] as Localised)[language] : fallback;
}

export const fiscalRegimeLabel = (regime: FiscalRegime, language: Language): string =>
  FISCAL_REGIME_LABELS[regime][language];
export const clauseLabel = (clause: BeneficiaryClause, language: Language): string => CLAUSE_LABELS[clause][language];
export const guaranteeLabel = (kind: LifeGuaranteeKind, language: Language): string => GUARANTEE_LABELS[kind][language];
