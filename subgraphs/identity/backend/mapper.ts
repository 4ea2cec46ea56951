import { partyRolesOf } from '../../../platform/backend/telebib2';
import { holdsOrIsInsured } from '../../../platform/partyRoles';
import type { Language } from '../generated/resolvers';
import type {
  Broker,
  ContactChange,
  Customer,
  PolicyRole,
  PortfolioMembers,
  PostalAddress,
  ProviderAssertion,
} from '../model';
import type {
  CustomerMasterBroker,
  CustomerMasterContactChange,
  CustomerMasterPartyPolicies,
  CustomerMasterPerson,
  CustomerMasterPortfolio,
  ProviderUserinfo,
} from './CustomerMasterClient';

/** Telebib2 A10C language codes. */
const LANGUAGE: Record<CustomerMasterPerson['LANG_CD'], Language> = { '1': 'FR', '2': 'NL', '3': 'DE' };

const isoDate = (yyyymmdd: string): string => `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;

type MasterAddress = CustomerMasterPerson['ADDR'];

function toPostalAddress(address: MasterAddress): PostalAddress {
  return {
    street: address.STRAAT,
    houseNumber: address.HUISNR,
    box: address.BUS || null,
    postalCode: address.POSTCD,
    municipality: address.GEMEENTE,
    country: address.LAND_CD,
  };
}

/** The master keeps Belgian numbers as 0032…; the graph shows E.164. */
const e164 = (legacy: string): string => legacy.replace(/^0032/, '+32');

export function toCustomer(person: CustomerMasterPerson): Customer {
  return {
    id: person.PARTY_ID,
    firstName: person.FIRST_NM,
    lastName: person.LAST_NM,
    birthDate: isoDate(person.BIRTH_DT),
    nationalRegisterNumber: person.RRN,
    preferredLanguage: LANGUAGE[person.LANG_CD],
    address: toPostalAddress(person.ADDR),
    email: person.EMAIL_ADDR,
    mobile: e164(person.GSM_NR),
  };
}

export function toProviderAssertion(userinfo: ProviderUserinfo): ProviderAssertion {
  return { nationalRegisterNumber: userinfo.national_register_number, birthDate: userinfo.birthdate };
}

export function toPolicyRoles(policies: CustomerMasterPartyPolicies): PolicyRole[] {
  return policies.POLICIES.map((policy) => ({
    contractNumber: policy.POLICY_NR,
    domain: policy.DOMAIN === 'LIFE' ? 'life' : 'nonlife',
    roles: partyRolesOf(policy.ROLE_CDS),
    intermediaryId: policy.INTERMEDIARY_ID,
  }));
}

/** The persons holding or insured on a contract, by the policy index's role codes. */
export function holdersAndInsuredOf(roles: ReadonlyArray<{ ROLE_CD: string; PARTY_ID: string }>): string[] {
  const ids = roles.filter((role) => holdsOrIsInsured(partyRolesOf([role.ROLE_CD]))).map((role) => role.PARTY_ID);
  return [...new Set(ids)];
}

export function toBroker(broker: CustomerMasterBroker): Broker {
  const fsma = broker.FSMA_NR;
  return {
    id: broker.BROKER_ID,
    name: broker.BROKER_NM,
    fsmaNumber: `${fsma.slice(0, 4)}.${fsma.slice(4, 7)}.${fsma.slice(7)}`,
    email: broker.OFFICE_EMAIL,
    phone: e164(broker.OFFICE_TEL),
    address: toPostalAddress(broker.OFFICE_ADDR),
  };
}

export function toPortfolioMembers(portfolio: CustomerMasterPortfolio): PortfolioMembers {
  return { totalCount: portfolio.TOTAL, customerIds: portfolio.PARTIES.map((party) => party.PARTY_ID) };
}

/** A validated contact change as the master's body: its field names, its 0032 phone notation. */
export function toMasterContactChange(change: ContactChange): CustomerMasterContactChange {
  const body: CustomerMasterContactChange = {};
  if (change.email !== undefined) body.EMAIL_ADDR = change.email.address;
  if (change.mobile !== undefined) body.GSM_NR = change.mobile.replace(/^\+32/, '0032');
  if (change.address) {
    const a = change.address;
    body.ADDR = {
      STRAAT: a.street,
      HUISNR: a.houseNumber,
      BUS: a.box ?? '',
      POSTCD: a.postalCode,
      GEMEENTE: a.municipality,
      LAND_CD: 'BE',
    };
  }
  return body;
}
