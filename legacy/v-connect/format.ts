import { NON_LIFE_PRODUCTS } from '../shared/data/catalogue';
import type { Address, NonLifeContract } from '../shared/data/records';

/** V-Connect's wire format: JSON with Dutch field names, dates as YYYYMMDD, amounts in cents, Telebib2 codes. */
export const yyyymmdd = (iso: string | null): string | null => (iso ? iso.replaceAll('-', '') : null);

const DEDUCTIBLE_KIND = { classic: 'KLASSIEK', 'young-driver': 'JONGE_BESTUURDER', english: 'ENGELS' } as const;

function adres(address: Address) {
  return {
    straat: address.street,
    huisnummer: address.houseNumber,
    bus: address.box,
    postcode: address.postalCode,
    gemeente: address.municipality,
    land: address.country,
  };
}

export function contractDocument(contract: NonLifeContract) {
  const product = NON_LIFE_PRODUCTS[contract.product];
  const p = contract.parties;
  return {
    polisnummer: contract.contractNumber,
    productcode: product.code,
    productnaam: product.name,
    tak: product.branch,
    systeem: product.system,
    status: contract.status,
    ingangsdatum: yyyymmdd(contract.startDate),
    einddatum: yyyymmdd(contract.endDate),
    hoofdvervaldag: yyyymmdd(contract.renewalDate),
    partijen: [
      { rol: '003', partijId: p.policyholderId },
      ...p.insuredIds.map((id) => ({ rol: '013', partijId: id })),
      ...p.driverIds.map((id) => ({ rol: '004', partijId: id })),
      { rol: '002', partijId: p.intermediaryId },
    ],
    premie: {
      bedragCent: contract.premiumCents,
      frequentie: contract.premiumFrequency,
      betaalwijze: contract.payment.method === 'debit' ? 'DOMI' : 'OVER',
      rekeningnummer: contract.payment.iban,
      // Written as on a paper transfer form: 090/9337/55493, without the +++.
      mededeling: contract.payment.structuredCommunication?.replaceAll('+', '') ?? null,
    },
    risico: {
      objecttype: contract.objectType,
      voertuig: contract.vehicle
        ? {
            nummerplaat: contract.vehicle.plate,
            chassisnummer: contract.vehicle.vin,
            merk: contract.vehicle.make,
            model: contract.vehicle.model,
            eersteInschrijving: yyyymmdd(contract.vehicle.firstRegistration),
            gebruik: contract.vehicle.use,
          }
        : null,
      gebouw: contract.building
        ? {
            adres: adres(contract.building.address),
            hoedanigheid: contract.building.occupancy,
            soort: contract.building.kind,
          }
        : null,
      gezin: contract.familyMembers === null ? null : { aantalPersonen: contract.familyMembers },
    },
    waarborgen: contract.guarantees.map((g) => ({
      code: g.code,
      verzekerdBedragCent: g.insuredAmountCents,
      vrijstelling: g.deductible
        ? {
            soort: DEDUCTIBLE_KIND[g.deductible.kind],
            bedragCent: g.deductible.amountCents,
            percentage: g.deductible.percent,
          }
        : null,
    })),
    bonusMalus: contract.bonusMalus,
  };
}
