/**
 * The rules of the trade the generated contracts follow, so that a broker or an underwriter
 * reading a demo customer finds nothing they would not see in a real portfolio. Each rule is
 * written here once; the universe applies it and legacy/shared/data/__tests__/realism.test.ts
 * checks it (with its own figures) over ten thousand customers. Figures from public sources are
 * cited by name beside them; they are realistic examples, not tax advice.
 */

/** A ceiling per income year, in cents. */
export type YearlyCeilings = Readonly<Record<number, number>>;

/**
 * Pension savings (pensioensparen / épargne-pension), the yearly amount that gives the tax
 * reduction: the basic ceiling (30 %) and the increased one (25 %), per income year.
 * - 2021: €990 / €1,270 (Fintro, "Pensioensparen 2021: de maximumbedragen"; 2021 to 2023 were
 *   held at this level, Wikipedia "Pensioensparen").
 * - 2024: €1,020 / €1,310 (Droits Quotidiens, exercice d'imposition 2025; AXA Bank).
 * - 2025: €1,050 / €1,350 (Test-Achats, "limites de l'épargne-pension", June 2025).
 * - 2026: frozen at €1,050 / €1,350 for income years 2026 to 2029 (Solifisc, after the 2025-2029
 *   government agreement).
 */
export const PENSION_SAVINGS_BASIC_CEILING: YearlyCeilings = {
  2021: 99_000,
  2024: 102_000,
  2025: 105_000,
  2026: 105_000,
};
export const PENSION_SAVINGS_INCREASED_CEILING: YearlyCeilings = {
  2021: 127_000,
  2024: 131_000,
  2025: 135_000,
  2026: 135_000,
};

/**
 * VAPZ / PLCI (supplementary pension for the self-employed): the absolute yearly maximum of the
 * deductible premium (8.17 % of the income of three years before, 9.40 % for the social VAPZ).
 * - 2016: ordinary €3,060.07, social €3,520.82 (Belfius, "Kerncijfers: bijdrage VAPZ").
 * - 2024: ordinary €3,965.77, social €4,562.82 (FSMA, "Quel montant de cotisations peut-on verser").
 */
export const VAPZ_CEILING: YearlyCeilings = { 2016: 306_007, 2024: 396_577 };
export const SOCIAL_VAPZ_CEILING: YearlyCeilings = { 2016: 352_082, 2024: 456_282 };

/**
 * The ceiling that applies in an income year: the latest published figure at or before it. The
 * ceilings are indexed upwards (or frozen), never lowered, so a premium under that figure is under
 * the year's own; a year before the first figure has none known and is refused.
 */
export function ceilingFor(ceilings: YearlyCeilings, year: number): number {
  const known = Object.keys(ceilings)
    .map(Number)
    .filter((y) => y <= year)
    .sort((a, b) => b - a);
  if (known.length === 0) throw new RangeError(`no fiscal ceiling known for income year ${year}`);
  return ceilings[known[0]!]!;
}

/**
 * Pension savings may be started from 18 and paid into until the end of the year one turns 64
 * (Test-Achats, "limites de l'épargne-pension": the last payment by 31 December of the year of
 * one's 64th birthday; AXA Bank: "entre 18 et 64 ans"). The same ages bound the start of the
 * other pension contracts (VAPZ, IPT) and of guaranteed income, which end at retirement.
 */
export const PENSION_START_AGE = { min: 18, max: 64 } as const;

/**
 * Pension contracts end at 65; a pension-savings contract runs at least 10 years (Droits
 * Quotidiens, "Quel avantage fiscal pour mon épargne-pension"), so one started at 55 or later ends
 * at its tenth anniversary.
 */
export const PENSION_END_AGE = 65;
export const PENSION_MIN_YEARS = 10;

/**
 * Capitalisation (branch 26) is written for a fixed term of 8 years; contracts are drawn within
 * that term, so a capitalisation contract the data shows is running.
 */
export const CAPITALISATION_TERM_YEARS = 8;

/**
 * What splitting a yearly premium costs, as a share of the yearly premium: insurers charge more
 * the more a premium is split (compare-assurance.be, "Frais d'échelonnement de la prime"); 2 % to
 * 8 % of the yearly premium is the usual range (MoneyVox, "ces frais méconnus si vous voulez payer
 * en plusieurs fois"). Telebib2 A325: 1 yearly, 2 half-yearly, 3 quarterly, 4 monthly.
 */
export const SPLIT_SURCHARGE: Readonly<Record<'1' | '2' | '3' | '4', number>> = {
  '1': 0,
  '2': 0.02,
  '3': 0.03,
  '4': 0.05,
};
export const PAYMENTS_PER_YEAR: Readonly<Record<'1' | '2' | '3' | '4', number>> = { '1': 1, '2': 2, '3': 4, '4': 12 };

/** A premium per payment from a yearly premium (cents): the yearly one split, with its surcharge. */
export function premiumPerPayment(yearlyCents: number, frequency: '1' | '2' | '3' | '4'): number {
  return Math.round((yearlyCents * (1 + SPLIT_SURCHARGE[frequency])) / PAYMENTS_PER_YEAR[frequency]);
}

/**
 * The bonus-malus scale (0 best to 22 worst; 14 is 100 % of the base premium): the former legal
 * scale, which Belgian insurers still use since it stopped being compulsory on 1 January 2004
 * (assurances-autos.be, "Calcul de la prime"). A new driver enters at 11 for private use and
 * commuting (and a motorcycle) and at 14 for professional use; each claim-free year lowers the
 * degree by 1, each at-fault claim raises it by 5.
 */
export const BONUS_MALUS = {
  best: 0,
  worst: 22,
  entry: { PRIV: 11, MOTO: 11, PROF: 14 },
  claimFreeYear: -1,
  atFaultClaim: 5,
  /** A licence from 18 at the earliest. */
  licenceAge: 18,
} as const;
