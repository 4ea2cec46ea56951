import type { Language } from '../generated/resolvers';
import type { Customer, PolicyRole } from '../model';
import type { CustomerMasterPartyPolicies, CustomerMasterPerson } from './CustomerMasterClient';

/** Telebib2 A10C language codes. */
const LANGUAGE: Record<CustomerMasterPerson['LANG_CD'], Language> = { '1': 'FR', '2': 'NL', '3': 'DE' };

const isoDate = (yyyymmdd: string): string => `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;

export function toCustomer(person: CustomerMasterPerson): Customer {
  return {
    id: person.PARTY_ID,
    firstName: person.FIRST_NM,
    lastName: person.LAST_NM,
    birthDate: isoDate(person.BIRTH_DT),
    nationalRegisterNumber: person.RRN,
    preferredLanguage: LANGUAGE[person.LANG_CD],
    address: {
      street: person.ADDR.STRAAT,
      houseNumber: person.ADDR.HUISNR,
      box: person.ADDR.BUS || null,
      postalCode: person.ADDR.POSTCD,
      municipality: person.ADDR.GEMEENTE,
      country: person.ADDR.LAND_CD,
    },
    email: person.EMAIL_ADDR,
    mobile: person.GSM_NR.replace(/^0032/, '+32'),
  };
}

export function toPolicyRoles(policies: CustomerMasterPartyPolicies): PolicyRole[] {
  return policies.POLICIES.map((policy) => ({
    contractNumber: policy.POLICY_NR,
    domain: policy.DOMAIN === 'LIFE' ? 'life' : 'nonlife',
    roles: policy.ROLE_CDS,
    intermediaryId: policy.INTERMEDIARY_ID,
  }));
}
