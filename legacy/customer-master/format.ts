import type { Address, Broker, Company, Person } from '../shared/data/records';

/**
 * The customer master's wire format: upper-case COBOL-era field names, dates as YYYYMMDD,
 * languages as Telebib2 A10C codes (1 French, 2 Dutch, 3 German).
 */
const LANGUAGE_CODE = { fr: '1', nl: '2', de: '3' } as const;

export const compactDate = (iso: string): string => iso.replaceAll('-', '');

export function addressRecord(address: Address) {
  return {
    STRAAT: address.street,
    HUISNR: address.houseNumber,
    BUS: address.box ?? '',
    POSTCD: address.postalCode,
    GEMEENTE: address.municipality,
    LAND_CD: address.country,
  };
}

export function personRecord(person: Person) {
  return {
    PARTY_ID: person.id,
    PARTY_TYPE: 'P',
    FIRST_NM: person.firstName,
    LAST_NM: person.lastName,
    SEX_CD: person.gender,
    BIRTH_DT: compactDate(person.birthDate),
    RRN: person.nationalRegisterNumber,
    LANG_CD: LANGUAGE_CODE[person.language],
    ADDR: addressRecord(person.address),
    EMAIL_ADDR: person.email,
    GSM_NR: person.mobile.replace('+32', '0032'),
  };
}

export function companyRecord(company: Company) {
  return {
    PARTY_ID: company.id,
    PARTY_TYPE: 'E',
    COMPANY_NM: company.name,
    KBO_NR: company.companyNumber.replaceAll('.', ''),
    MANAGER_PARTY_ID: company.managerId,
    ADDR: addressRecord(company.address),
  };
}

export function brokerRecord(broker: Broker) {
  return {
    BROKER_ID: broker.id,
    BROKER_NM: broker.name,
    FSMA_NR: broker.fsmaNumber.replaceAll('.', ''),
    OFFICE_EMAIL: broker.email,
    OFFICE_TEL: broker.phone.replace('+32', '0032'),
    OFFICE_ADDR: addressRecord(broker.address),
  };
}
