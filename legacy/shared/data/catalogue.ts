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
  /**
   * Whether the premiums build a reserve (savings). Risk products (standalone death cover,
   * debt-balance cover, guaranteed income) buy cover for the year and build none: no reserve,
   * no surrender value, no guaranteed rate or profit sharing.
   */
  savesReserve: boolean;
  /**
   * The usual yearly premium in euros (a single premium for capitalisation); max null where the
   * fiscal ceiling of the income year bounds it (pension savings, VAPZ: legacy/shared/data/rules.ts).
   */
  yearlyPremium: { min: number; max: number | null };
}

/*
 * Yearly life premiums: this project's estimates for an ordinary private customer (no public
 * tariff covers them): savings and investment €300–6,000, long-term savings €300–2,000, IPT paid
 * by a company €1,000–20,000, temporary death cover €100–900, debt-balance cover €150–1,200,
 * guaranteed income €400–2,500, capitalisation a single premium of €5,000–100,000.
 */

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
    savesReserve: true,
    yearlyPremium: { min: 300, max: null },
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
    savesReserve: true,
    yearlyPremium: { min: 300, max: 2_000 },
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
    savesReserve: true,
    yearlyPremium: { min: 300, max: 6_000 },
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
    savesReserve: true,
    yearlyPremium: { min: 300, max: 6_000 },
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
    savesReserve: true,
    yearlyPremium: { min: 300, max: 6_000 },
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
    savesReserve: true,
    yearlyPremium: { min: 300, max: null },
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
    savesReserve: true,
    yearlyPremium: { min: 300, max: null },
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
    savesReserve: true,
    yearlyPremium: { min: 1_000, max: 20_000 },
  },
  CAP26: {
    code: 'CAP26',
    name: 'Kapitalisatie Tak 26',
    // Capitalisation insures no life, so it is no "individual life, branch 21" (110); "126" is a
    // mock code (Telebib2 A502 as listed in docs/requirements.md §7.2 has none for branch 26).
    policyType: '126',
    branch: '26',
    fiscalRegime: null,
    mainGuarantee: null,
    supplementaryGuarantees: [],
    companyHolder: false,
    savesReserve: true,
    yearlyPremium: { min: 5_000, max: 100_000 },
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
    savesReserve: false,
    yearlyPremium: { min: 100, max: 900 },
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
    savesReserve: false,
    yearlyPremium: { min: 150, max: 1_200 },
  },
  // Standalone guaranteed income stays in Life Connect as a risk product without reserve: the
  // requirements list it among the life contracts (docs/requirements.md §2.1, §2.5) and Telebib2
  // gives it a life policy type (A502 221). Legally it is sickness cover, which is why it builds no
  // savings; modelling it as a non-life contract would move it out of the life zone it belongs to.
  GI: {
    code: 'GI',
    name: 'Gewaarborgd Inkomen',
    policyType: '221',
    branch: '21',
    fiscalRegime: null,
    mainGuarantee: '280',
    supplementaryGuarantees: [],
    companyHolder: false,
    savesReserve: false,
    yearlyPremium: { min: 400, max: 2_500 },
  },
} as const satisfies Record<string, LifeProduct>;

export type LifeProductCode = keyof typeof LIFE_PRODUCTS;

export interface NonLifeProduct {
  /** V-Connect's own product code. */
  code: string;
  name: string;
  /** Telebib2 A501 branch ("mock" where docs/requirements.md §7.2 lists none). */
  branch: string;
  /**
   * Telebib2 A573 insured-object type. Home insurance (010) is the owner's; a tenant's home
   * contract insures the contents and the tenant's liability towards the owner instead (011).
   */
  objectType: '001' | '010' | '011' | '040';
  /** A574 guarantees always included. */
  baseGuarantees: readonly string[];
  /** A574 guarantees a contract may add. */
  optionalGuarantees: readonly string[];
  /** The system the contract lives in: "VC" for V-Connect proper, "LEG" for the old motor system it still fronts. */
  system: 'VC' | 'LEG';
  /**
   * The usual yearly premium, in euros, tax included, before any split surcharge
   * (legacy/shared/data/rules.ts): a tenant's home contract has its own range.
   */
  yearlyPremium: { min: number; max: number; tenant?: { min: number; max: number } };
}

/*
 * Yearly premium ranges. Family liability: €60–150 (Bobex, "Wat kost een familiale verzekering":
 * a household €65–120, a single person €60–90; mijn-familiale-verzekering.be: about €80). The other
 * ranges are this project's estimates of the Belgian market for an ordinary private risk (no public
 * tariff covers them): car €300–1,800 (liability alone to full omnium), motorcycle €150–900,
 * owner's home €250–900, tenant's home €100–350, private-life accident €60–300, legal assistance
 * €90–350, bicycle €50–300, hunting liability €40–150, pleasure craft €150–800.
 */

export const NON_LIFE_PRODUCTS = {
  AUTO: {
    code: 'AUTO',
    name: 'Autoverzekering',
    branch: '51',
    objectType: '001',
    // No occupants cover (531): compulsory motor liability already pays the passengers' bodily
    // injury, so it is no base guarantee; the driver's own injury (532) is the optional cover.
    baseGuarantees: ['510'],
    optionalGuarantees: ['540', '550', '551', '552', '553', '554', '557', '532'],
    system: 'VC',
    yearlyPremium: { min: 300, max: 1_800 },
  },
  MOTO: {
    code: 'MOTO',
    name: 'Motorverzekering',
    branch: '51',
    objectType: '001',
    baseGuarantees: ['510'],
    optionalGuarantees: ['532', '552'],
    system: 'VC',
    yearlyPremium: { min: 150, max: 900 },
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
    yearlyPremium: { min: 250, max: 900, tenant: { min: 100, max: 350 } },
  },
  BAGEZIN: {
    code: 'BAGEZIN',
    name: 'BA Gezin',
    branch: '41',
    objectType: '040',
    baseGuarantees: ['411'],
    optionalGuarantees: [],
    system: 'VC',
    yearlyPremium: { min: 60, max: 150 },
  },
  ONGEVAL: {
    code: 'ONGEVAL',
    name: 'Ongevallen Privéleven',
    branch: '12',
    objectType: '040',
    baseGuarantees: ['201'],
    optionalGuarantees: [],
    system: 'VC',
    yearlyPremium: { min: 60, max: 300 },
  },
  RECHTSB: {
    code: 'RECHTSB',
    name: 'Rechtsbijstand',
    branch: '96',
    objectType: '040',
    baseGuarantees: ['960', '961', '962'],
    optionalGuarantees: ['963', '964', '965', '966'],
    system: 'VC',
    yearlyPremium: { min: 90, max: 350 },
  },
  AUTO_OUD: {
    code: 'AUTO_OUD',
    name: 'Autoverzekering (oud contract)',
    branch: '51',
    objectType: '001',
    baseGuarantees: ['510'],
    optionalGuarantees: ['550'],
    system: 'LEG',
    yearlyPremium: { min: 300, max: 1_800 },
  },
  FIETS: {
    code: 'FIETS',
    name: 'Fietsverzekering',
    branch: '13',
    objectType: '040',
    baseGuarantees: ['552'],
    optionalGuarantees: [],
    system: 'VC',
    yearlyPremium: { min: 50, max: 300 },
  },
  JACHT: {
    code: 'JACHT',
    name: 'BA Jacht',
    branch: '41',
    objectType: '040',
    baseGuarantees: ['411'],
    optionalGuarantees: [],
    system: 'VC',
    yearlyPremium: { min: 40, max: 150 },
  },
  BOOT: {
    code: 'BOOT',
    name: 'Pleziervaartuigen',
    branch: '14',
    objectType: '040',
    baseGuarantees: ['411'],
    optionalGuarantees: [],
    system: 'VC',
    yearlyPremium: { min: 150, max: 800 },
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
