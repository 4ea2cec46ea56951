import { euros } from '../../../platform/money';
import type { ContractStatus, LifeProductKind } from '../generated/resolvers';
import type { LifeContract, LifeContractListEntry } from '../model';
import type { LifeConnectPartyContracts, LifeConnectPolicy } from './LifeConnectClient';

/** Telebib2 A003 contract status. */
const STATUS: Record<string, ContractStatus> = { '1': 'RUNNING', '2': 'TERMINATED', '3': 'CANCELLED', '4': 'SUSPENDED' };

/** Telebib2 list 1400 fiscal regimes that make a contract a pension product. */
const PENSION_REGIMES = new Set(['6', '15', '19', '16', '17', '21']);

/** Telebib2 A574 guarantees that, as the main guarantee, make a standalone cover. */
const DEATH_COVER_GUARANTEES = new Set(['120', '121']);
const GUARANTEED_INCOME_GUARANTEE = '280';

function productKind(policy: LifeConnectPolicy, mainGuarantee: string | undefined): LifeProductKind {
  if (mainGuarantee && DEATH_COVER_GUARANTEES.has(mainGuarantee)) return 'DEATH_COVER';
  if (mainGuarantee === GUARANTEED_INCOME_GUARANTEE || policy.PolTypeCd === '221') return 'GUARANTEED_INCOME';
  if (policy.FiscRegCd && PENSION_REGIMES.has(policy.FiscRegCd)) return 'PENSION';
  if (policy.Tak === '23') return 'INVESTMENT';
  return 'SAVINGS';
}

const orNull = (value: string | undefined): string | null => (value ? value : null);

export function toLifeContract(policy: LifeConnectPolicy): LifeContract {
  const parties = policy.Partijen.Partij;
  const guarantees = policy.Waarborgen === '' || !policy.Waarborgen ? [] : policy.Waarborgen.Waarborg;
  const main = guarantees.find((g) => g.Hoofd === 'J')?.WaarborgCd;
  const kind = productKind(policy, main);
  const status = STATUS[policy.StatCd];
  if (!status) throw new Error(`Unknown Life Connect status code ${policy.StatCd}`);
  return {
    id: policy.PolNr,
    contractNumber: policy.PolNr,
    productCode: policy.ProdCd,
    productName: policy.ProdNm,
    kind,
    status,
    policyholderId: parties.find((p) => p.RolCd === '003')?.PartijId ?? '',
    insuredIds: parties.filter((p) => p.RolCd === '013').map((p) => p.PartijId),
    intermediaryId: parties.find((p) => p.RolCd === '002')?.PartijId ?? '',
    reserve: orNull(policy.Reserve.BedragCt) === null ? null : euros(policy.Reserve.BedragCt),
    notShownReason: kind === 'DEATH_COVER' || kind === 'GUARANTEED_INCOME' ? 'NOT_YET_SUPPORTED' : null,
  };
}

export function toContractList(entry: LifeConnectPartyContracts): LifeContractListEntry[] {
  return entry.Contract.map((contract) => ({ contractNumber: contract.PolNr, roles: contract.RolCd }));
}
