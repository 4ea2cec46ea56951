import {
  CONTRACT_STATUS,
  codeOf,
  partyRoleOf,
  partyRolesOf,
  PAYMENT_FREQUENCY,
} from '../../../platform/backend/telebib2';
import { premiumPaymentOf, type PaymentMethod } from '../../../platform/backend/premiumPayment';
import { euros, type Money } from '../../../platform/money';
import type {
  BeneficiaryClause,
  ContractStatus,
  FiscalRegime,
  FundHolding,
  LifeBranch,
  LifeGuaranteeKind,
  LifePolicyType,
  LifeProductKind,
  PremiumFrequency,
  ProfitSharing,
} from '../generated/resolvers';
import type {
  LifeBeneficiaryRecord,
  LifeContract,
  LifeContractListEntry,
  LifeGuaranteeRecord,
  LifeParty,
} from '../model';
import { centsTextToEuros, percentFromBasisPoints, sharesOfTotal, unitsValueCents } from './decimals';
import type { LifeConnectPartyContracts, LifeConnectPolicy } from './LifeConnectClient';

/**
 * Life Connect's codes to the schema's enums. Every code is mapped explicitly: an unknown code
 * fails the record (the loader reports it as a malformed answer) rather than being guessed.
 */

const STATUS: Readonly<Record<string, ContractStatus>> = CONTRACT_STATUS;

/** Life Connect's branch ("Tak"). */
const BRANCH: Record<string, LifeBranch> = { '21': 'BRANCH_21', '23': 'BRANCH_23', '26': 'BRANCH_26' };

/** Telebib2 A502 policy type. */
const POLICY_TYPE: Record<string, LifePolicyType> = {
  '110': 'INDIVIDUAL_LIFE',
  '115': 'UNIVERSAL_LIFE',
  '120': 'UNIT_LINKED',
  '161': 'INDIVIDUAL_PENSION_COMMITMENT',
  '166': 'INDIVIDUAL_PENSION_COMMITMENT',
  '221': 'GUARANTEED_INCOME',
  // A mock code: Telebib2 A502 as docs/requirements.md §7.2 lists it has none for capitalisation.
  '126': 'CAPITALISATION',
};

/** Telebib2 list 1400 fiscal regime; Life Connect leaves it empty for none. */
const FISCAL_REGIME: Record<string, FiscalRegime> = {
  '': 'NONE',
  '4': 'LONG_TERM_SAVINGS',
  '6': 'PENSION_SAVINGS',
  '15': 'VAPZ',
  '19': 'SOCIAL_VAPZ',
  '16': 'IPT',
  '17': 'IPT',
  '21': 'POZ',
};

const PENSION_REGIMES: ReadonlySet<FiscalRegime> = new Set(['PENSION_SAVINGS', 'VAPZ', 'SOCIAL_VAPZ', 'IPT', 'POZ']);

/** Telebib2 A325 payment frequency. */
const FREQUENCY: Readonly<Record<string, PremiumFrequency>> = PAYMENT_FREQUENCY;

/** Life Connect's own payment method codes (BetWijzeCd). */
const PAYMENT_METHOD: Record<string, PaymentMethod> = { D: 'DIRECT_DEBIT', O: 'TRANSFER' };

/** Telebib2 A574 life guarantees. */
const GUARANTEE: Record<string, LifeGuaranteeKind> = {
  '110': 'MIXED_LIFE',
  '120': 'TEMPORARY_DEATH_COVER',
  '121': 'DEBT_BALANCE_COVER',
  '280': 'GUARANTEED_INCOME',
};

/** Telebib2 list 1910 beneficiary clause. */
const CLAUSE: Record<string, BeneficiaryClause> = {
  '1': 'THE_INSURED',
  '2': 'THE_POLICYHOLDER',
  '4': 'SPOUSE_OR_COHABITANT',
  '5': 'CHILDREN',
  '7': 'POLICYHOLDER_OR_LEGAL_HEIRS',
  C: 'LEGAL_HEIRS',
};

const EVENT = { LEVEN: 'SURVIVAL', OVERLIJDEN: 'DEATH' } as const;
const PARTY_KIND = { NP: 'PERSON', RP: 'COMPANY' } as const;

/** DDMMYYYY to YYYY-MM-DD, refusing dates that do not exist (31022025). */
export function isoDate(ddmmyyyy: string): string {
  const iso = `${ddmmyyyy.slice(4, 8)}-${ddmmyyyy.slice(2, 4)}-${ddmmyyyy.slice(0, 2)}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{8}$/.test(ddmmyyyy) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso)
    throw new Error('invalid date');
  return iso;
}

const optionalDate = (value: string | undefined): string | null => (value ? isoDate(value) : null);
const optionalEuros = (cents: string | undefined): Money | null => (cents ? euros(cents) : null);

/**
 * The portal's grouping: a standalone death or income cover by its main guarantee, then pension
 * by fiscal regime, investment by branch 23, and savings for the rest (branch 21 and 26).
 */
export function productKind(
  branch: LifeBranch,
  policyType: LifePolicyType,
  regime: FiscalRegime,
  mainGuarantee: LifeGuaranteeKind | undefined,
): LifeProductKind {
  if (mainGuarantee === 'TEMPORARY_DEATH_COVER' || mainGuarantee === 'DEBT_BALANCE_COVER') return 'DEATH_COVER';
  if (mainGuarantee === 'GUARANTEED_INCOME' || policyType === 'GUARANTEED_INCOME') return 'GUARANTEED_INCOME';
  if (PENSION_REGIMES.has(regime)) return 'PENSION';
  if (branch === 'BRANCH_23') return 'INVESTMENT';
  return 'SAVINGS';
}

/** Standalone death cover and guaranteed income are not in the portal yet (docs/requirements.md §2.5). */
const NOT_SHOWN_KINDS: ReadonlySet<LifeProductKind> = new Set(['DEATH_COVER', 'GUARANTEED_INCOME']);

type Policy = LifeConnectPolicy;
type PolicyParty = Policy['Partijen']['Partij'][number];

function party(entry: PolicyParty): LifeParty {
  return { id: entry.PartijId, kind: PARTY_KIND[entry.PartijType], name: entry.Naam };
}

function profitSharing(policy: Policy): ProfitSharing | null {
  const source = policy.Winstdeelname;
  if (!source) return null;
  const { VerworvenCt: acquired, DitJaarCt: thisYear, PctBp: rate } = source;
  if (!acquired && !thisYear && !rate) return null;
  if (!acquired || !thisYear || !rate) throw new Error('incomplete profit sharing');
  return { acquired: euros(acquired), thisYear: euros(thisYear), rate: percentFromBasisPoints(rate) };
}

function funds(policy: Policy): FundHolding[] {
  // Life Connect writes an empty element ('') where a policy has none.
  const source = policy.Fondsen ? policy.Fondsen.Fonds : [];
  const values = source.map((fund) => unitsValueCents(fund.Eenheden, fund.EenheidsPrijsCt));
  const shares = sharesOfTotal(values);
  return source
    .map((fund, index) => ({
      holding: {
        code: fund.FondsCd,
        name: fund.FondsNm,
        units: fund.Eenheden,
        unitPrice: { amount: centsTextToEuros(fund.EenheidsPrijsCt), currency: 'EUR', date: isoDate(fund.KoersDat) },
        value: euros(values[index] as bigint),
        share: shares[index] as string,
      },
      cents: values[index] as bigint,
    }))
    .sort((a, b) => (a.cents === b.cents ? a.holding.code.localeCompare(b.holding.code) : a.cents > b.cents ? -1 : 1))
    .map(({ holding }) => holding);
}

function beneficiaries(policy: Policy): LifeBeneficiaryRecord[] {
  const source = policy.Begunstigden ? policy.Begunstigden.Begunstigde : [];
  return source
    .map((b) => {
      const rank = Number(b.Rang);
      if (!Number.isInteger(rank) || rank < 1) throw new Error('invalid beneficiary rank');
      if (!/^\d+$/.test(b.AandeelBp)) throw new Error('invalid beneficiary share');
      return {
        event: EVENT[b.Gebeurtenis],
        clause: codeOf(CLAUSE, b.ClausuleCd, 'beneficiary clause'),
        rank,
        share: percentFromBasisPoints(b.AandeelBp),
        name: b.Naam ? b.Naam : null,
      };
    })
    .sort((a, b) => (a.event === b.event ? a.rank - b.rank : a.event === 'SURVIVAL' ? -1 : 1));
}

function guarantees(policy: Policy): LifeGuaranteeRecord[] {
  const source = policy.Waarborgen ? policy.Waarborgen.Waarborg : [];
  return source
    .map((g) => ({
      kind: codeOf(GUARANTEE, g.WaarborgCd, 'guarantee'),
      isMain: g.Hoofd === 'J',
      insuredAmount: optionalEuros(g.VerzBedragCt),
    }))
    .sort((a, b) => Number(b.isMain) - Number(a.isMain));
}

/** One Life Connect policy as the subgraph's language-neutral record. Throws on anything it cannot map faithfully. */
export function toLifeContract(policy: Policy): LifeContract {
  const parties = policy.Partijen.Partij;
  const holder = parties.find((p) => partyRoleOf(p.RolCd) === 'POLICYHOLDER');
  const intermediary = parties.find((p) => partyRoleOf(p.RolCd) === 'INTERMEDIARY');
  // Access is decided on these two; a policy without them cannot be shown to anyone safely.
  if (!holder || !intermediary) throw new Error('policy without policyholder or intermediary');
  const insured = parties.filter((p) => partyRoleOf(p.RolCd) === 'INSURED').map(party);
  const branch = codeOf(BRANCH, policy.Tak, 'branch');
  const policyType = codeOf(POLICY_TYPE, policy.PolTypeCd, 'policy type');
  const fiscalRegime = codeOf(FISCAL_REGIME, policy.FiscRegCd, 'fiscal regime');
  const cover = guarantees(policy);
  const kind = productKind(branch, policyType, fiscalRegime, cover.find((g) => g.isMain)?.kind);
  return {
    id: policy.PolNr,
    contractNumber: policy.PolNr,
    productCode: policy.ProdCd,
    productName: policy.ProdNm,
    kind,
    branch,
    policyType,
    fiscalRegime,
    status: codeOf(STATUS, policy.StatCd, 'status'),
    startDate: isoDate(policy.IngDat),
    endDate: optionalDate(policy.EindDat),
    expiryDate: optionalDate(policy.VervDat),
    policyholderId: holder.PartijId,
    insuredIds: insured.map((p) => p.id),
    intermediaryId: intermediary.PartijId,
    policyholder: party(holder),
    insured,
    premium: {
      amount: euros(policy.Premie.BedragCt),
      frequency: codeOf(FREQUENCY, policy.Premie.FreqCd, 'premium frequency'),
      nextDueDate: optionalDate(policy.Premie.VolgVervDat),
    },
    // Masked here: the full IBAN goes no further than this function.
    payment: premiumPaymentOf(
      codeOf(PAYMENT_METHOD, policy.Premie.BetWijzeCd, 'payment method'),
      policy.Premie.RekNr || null,
      policy.Premie.GestMed || null,
    ),
    reserve: optionalEuros(policy.Reserve.BedragCt),
    reserveValuationDate: optionalDate(policy.Reserve.WaardeDat),
    surrenderValue: optionalEuros(policy.AfkoopWaardeCt),
    guaranteedRate: policy.GewRentBp ? percentFromBasisPoints(policy.GewRentBp) : null,
    profitSharing: profitSharing(policy),
    funds: funds(policy),
    beneficiaries: beneficiaries(policy),
    guarantees: cover,
    notShownReason: NOT_SHOWN_KINDS.has(kind) ? 'NOT_YET_SUPPORTED' : null,
  };
}

export function toContractList(entry: LifeConnectPartyContracts): LifeContractListEntry[] {
  return entry.Contract.map((contract) => ({ contractNumber: contract.PolNr, roles: partyRolesOf(contract.RolCd) }));
}
