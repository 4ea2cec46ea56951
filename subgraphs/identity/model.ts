import type { Language } from './generated/resolvers';

/** A postal address as the graph shows it. */
export interface PostalAddress {
  street: string;
  houseNumber: string;
  box: string | null;
  postalCode: string;
  municipality: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
}

/** A customer as the identity subgraph caches and resolves it, mapped from the customer master. */
export interface Customer {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  nationalRegisterNumber: string;
  preferredLanguage: Language;
  address: PostalAddress;
  email: string;
  /** E.164 */
  mobile: string;
}

/** A contract a person appears on, from the customer master's policy index. */
export interface PolicyRole {
  contractNumber: string;
  domain: 'life' | 'nonlife';
  /** Telebib2 X043 role codes of this person on the contract. */
  roles: string[];
  intermediaryId: string;
}
