/**
 * The products the legacy systems hold, with the codes they use. Codes come from Telebib2
 * (docs/requirements.md §7.2) where it lists them; codes marked "mock" are this project's own stand-ins.
 */

export interface LifeProduct {
  /** Life Connect's own product code. */
  code: string;
  /** The name Life Connect stores (Dutch, as entered by the product department). */
  name: string;
  /** Telebib2 A502 policy type. */
  policyType: string;
  branch: '21' | '23' | '26';
  /** Telebib2 list 1400 fiscal regime; null when the contract has no fiscal regime. */
  fiscalRegime: string | null;
  /** Telebib2 A574 guarantee; null for capitalisation (branch 26 insures no life). */
  mainGuarantee: string | null;
  /** A574 guarantees that may be attached as supplementary cover. */
  supplementaryGuarantees: readonly string[];
  /** IPT: a company holds the contract for its manager. */
  companyHolder: boolean;
}

export const LIFE_PRODUCTS = {
  PS21: {
    code: 'PS21',
    name: 'Pensioensparen Tak 21',
    policyType: '110',
    branch: '21',
    fiscalRegime: '6',
    mainGuarantee: '110',
    supplementaryGuarantees: ['120'],
    companyHolder: false,
  },
  LTS21: {
    code: 'LTS21',
    name: 'Langetermijnsparen Tak 21',
    policyType: '110',
    branch: '21',
    fiscalRegime: '4',
    mainGuarantee: '110',
    supplementaryGuarantees: ['120'],
    companyHolder: false,
  },
  SAV21: {
    code: 'SAV21',
    name: 'Spaarverzekering Tak 21',
    policyType: '110',
    branch: '21',
    fiscalRegime: null,
    mainGuarantee: '110',
    supplementaryGuarantees: [],
    companyHolder: false,
  },
  UL115: {
    code: 'UL115',
    name: 'Universal Life',
    policyType: '115',
    branch: '21',
    fiscalRegime: null,
    mainGuarantee: '110',
    supplementaryGuarantees: ['120'],
    companyHolder: false,
  },
  INV23: {
    code: 'INV23',
    name: 'Beleggingsverzekering Tak 23',
    policyType: '120',
    branch: '23',
    fiscalRegime: null,
    mainGuarantee: '110',
    supplementaryGuarantees: [],
    companyHolder: false,
  },
  VAPZ: {
    code: 'VAPZ',
    name: 'VAPZ',
    policyType: '110',
    branch: '21',
    fiscalRegime: '15',
    mainGuarantee: '110',
    supplementaryGuarantees: ['280'],
    companyHolder: false,
  },
  VAPZS: {
    code: 'VAPZS',
    name: 'Sociaal VAPZ',
    policyType: '110',
    branch: '21',
    fiscalRegime: '19',
    mainGuarantee: '110',
    supplementaryGuarantees: ['120', '280'],
    companyHolder: false,
  },
  IPT: {
    code: 'IPT',
    name: 'Individuele Pensioentoezegging',
    policyType: '161',
    branch: '21',
    fiscalRegime: '16',
    mainGuarantee: '110',
    supplementaryGuarantees: ['120', '280'],
    companyHolder: true,
  },
  CAP26: {
    code: 'CAP26',
    name: 'Kapitalisatie Tak 26',
    policyType: '110',
    branch: '26',
    fiscalRegime: null,
    mainGuarantee: null,
    supplementaryGuarantees: [],
    companyHolder: false,
  },
  DEATH: {
    code: 'DEATH',
    name: 'Tijdelijke overlijdensverzekering',
    policyType: '110',
    branch: '21',
    fiscalRegime: null,
    mainGuarantee: '120',
    supplementaryGuarantees: [],
    companyHolder: false,
  },
  DEBT: {
    code: 'DEBT',
    name: 'Schuldsaldoverzekering',
    policyType: '110',
    branch: '21',
    fiscalRegime: null,
    mainGuarantee: '121',
    supplementaryGuarantees: [],
    companyHolder: false,
  },
  GI: {
    code: 'GI',
    name: 'Gewaarborgd Inkomen',
    policyType: '221',
    branch: '21',
    fiscalRegime: null,
    mainGuarantee: '280',
    supplementaryGuarantees: [],
    companyHolder: false,
  },
} as const satisfies Record<string, LifeProduct>;

export type LifeProductCode = keyof typeof LIFE_PRODUCTS;

export interface NonLifeProduct {
  /** V-Connect's own product code. */
  code: string;
  name: string;
  /** Telebib2 A501 branch ("mock" where docs/requirements.md §7.2 lists none). */
  branch: string;
  /** Telebib2 A573 insured-object type. */
  objectType: '001' | '010' | '011' | '040';
  /** A574 guarantees always included. */
  baseGuarantees: readonly string[];
  /** A574 guarantees a contract may add. */
  optionalGuarantees: readonly string[];
  /** The system the contract lives in: "VC" for V-Connect proper, "LEG" for the old motor system it still fronts. */
  system: 'VC' | 'LEG';
}

export const NON_LIFE_PRODUCTS = {
  AUTO: {
    code: 'AUTO',
    name: 'Autoverzekering',
    branch: '51',
    objectType: '001',
    baseGuarantees: ['510', '531'],
    optionalGuarantees: ['540', '550', '551', '552', '553', '554', '557', '532'],
    system: 'VC',
  },
  MOTO: {
    code: 'MOTO',
    name: 'Motorverzekering',
    branch: '51',
    objectType: '001',
    baseGuarantees: ['510'],
    optionalGuarantees: ['532', '552'],
    system: 'VC',
  },
  // Branch "11" for fire and "12" for accident are mock codes.
  WONING: {
    code: 'WONING',
    name: 'Woningverzekering',
    branch: '11',
    objectType: '010',
    baseGuarantees: ['311', '312', '317', '340'],
    optionalGuarantees: ['350', '360'],
    system: 'VC',
  },
  BAGEZIN: {
    code: 'BAGEZIN',
    name: 'BA Gezin',
    branch: '41',
    objectType: '040',
    baseGuarantees: ['411'],
    optionalGuarantees: [],
    system: 'VC',
  },
  ONGEVAL: {
    code: 'ONGEVAL',
    name: 'Ongevallen Privéleven',
    branch: '12',
    objectType: '040',
    baseGuarantees: ['201'],
    optionalGuarantees: [],
    system: 'VC',
  },
  RECHTSB: {
    code: 'RECHTSB',
    name: 'Rechtsbijstand',
    branch: '96',
    objectType: '040',
    baseGuarantees: ['960', '961', '962'],
    optionalGuarantees: ['963', '964', '965', '966'],
    system: 'VC',
  },
  AUTO_OUD: {
    code: 'AUTO_OUD',
    name: 'Autoverzekering (oud contract)',
    branch: '51',
    objectType: '001',
    baseGuarantees: ['510'],
    optionalGuarantees: ['550'],
    system: 'LEG',
  },
  FIETS: {
    code: 'FIETS',
    name: 'Fietsverzekering',
    branch: '13',
    objectType: '040',
    baseGuarantees: ['552'],
    optionalGuarantees: [],
    system: 'VC',
  },
  JACHT: {
    code: 'JACHT',
    name: 'BA Jacht',
    branch: '41',
    objectType: '040',
    baseGuarantees: ['411'],
    optionalGuarantees: [],
    system: 'VC',
  },
  BOOT: {
    code: 'BOOT',
    name: 'Pleziervaartuigen',
    branch: '14',
    objectType: '040',
    baseGuarantees: ['411'],
    optionalGuarantees: [],
    system: 'VC',
  },
} as const satisfies Record<string, NonLifeProduct>;

export type NonLifeProductCode = keyof typeof NON_LIFE_PRODUCTS;

/**
 * Document types in the archive: Telebib2 X015 where listed; "901" proof of premium payment and
 * "902" profit-sharing certificate are mock codes.
 */
export const DOCUMENT_TYPES = {
  '102': { domain: 'life', name: 'Fiscaal attest' },
  '113': { domain: 'life', name: 'Jaaroverzicht' },
  '901': { domain: 'life', name: 'Bewijs van premiebetaling' },
  '902': { domain: 'life', name: 'Attest winstdeelname' },
  '031': { domain: 'nonlife', name: 'Polis' },
  '004': { domain: 'nonlife', name: 'Groene kaart' },
  '023': { domain: 'nonlife', name: 'Schadeattest' },
} as const;

export type DocumentTypeCode = keyof typeof DOCUMENT_TYPES;
