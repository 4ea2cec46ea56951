import { euros } from '../../../platform/money';
import type { ContractStatus, NonLifeProductKind } from '../generated/resolvers';
import type { NonLifeContract, NonLifeContractListEntry, NotShownReason } from '../model';
import type { VConnectContract, VConnectContractList } from './VConnectClient';

const STATUS: Record<string, ContractStatus> = { '1': 'RUNNING', '2': 'TERMINATED', '3': 'CANCELLED', '4': 'SUSPENDED' };

/** V-Connect product codes the portal shows, by kind. */
const SHOWN: Record<string, NonLifeProductKind> = {
  AUTO: 'MOTOR',
  MOTO: 'MOTORCYCLE',
  WONING: 'FIRE',
  BAGEZIN: 'FAMILY_LIABILITY',
  ONGEVAL: 'PRIVATE_LIFE_ACCIDENT',
  RECHTSB: 'LEGAL_ASSISTANCE',
};

function notShownReason(contract: VConnectContract): NotShownReason | null {
  if (contract.systeem === 'LEG') return 'LEGACY_SYSTEM';
  return SHOWN[contract.productcode] ? null : 'NICHE_PRODUCT';
}

export function toNonLifeContract(contract: VConnectContract): NonLifeContract {
  const status = STATUS[contract.status];
  if (!status) throw new Error(`Unknown V-Connect status ${contract.status}`);
  const reason = notShownReason(contract);
  return {
    id: contract.polisnummer,
    contractNumber: contract.polisnummer,
    productCode: contract.productcode,
    productName: contract.productnaam,
    kind: reason ? null : (SHOWN[contract.productcode] ?? null),
    notShownReason: reason,
    status,
    premium: euros(contract.premie.bedragCent),
    policyholderId: contract.partijen.find((p) => p.rol === '003')?.partijId ?? '',
    insuredIds: contract.partijen.filter((p) => p.rol === '013').map((p) => p.partijId),
    intermediaryId: contract.partijen.find((p) => p.rol === '002')?.partijId ?? '',
  };
}

export function toContractList(list: VConnectContractList): NonLifeContractListEntry[] {
  return list.contracten.map((entry) => ({ contractNumber: entry.polisnummer, roles: entry.rollen }));
}
