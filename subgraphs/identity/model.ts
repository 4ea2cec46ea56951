import type { PostalAddress } from '../../platform/address';
import type { EmailAddress } from '../../platform/emailAddress';
import type { PartyRole } from '../../platform/partyRoles';
import type { Language } from './generated/resolvers';

export type { PostalAddress };

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

/** What an identity provider (itsme, the eID hub) asserts about the person who signed in with it. */
export interface ProviderAssertion {
  nationalRegisterNumber: string;
  /** YYYY-MM-DD */
  birthDate: string;
}

/** A contract a person appears on, from the customer master's policy index. */
export interface PolicyRole {
  contractNumber: string;
  domain: 'life' | 'nonlife';
  /** What this person is on the contract. */
  roles: PartyRole[];
  intermediaryId: string;
}

/** A broker office (an intermediary registered with the FSMA), from the customer master. */
export interface Broker {
  id: string;
  name: string;
  /** FSMA registration number as 0123.456.789. */
  fsmaNumber: string;
  email: string;
  /** E.164 */
  phone: string;
  address: PostalAddress;
}

/** The contact fields a customer can change. */
export type ContactField = 'EMAIL' | 'MOBILE' | 'POSTAL_ADDRESS';

/** A validated change of contact details: only what changes; the mobile in E.164. */
export interface ContactChange {
  email?: EmailAddress;
  mobile?: string;
  address?: PostalAddress;
}

/** The answer to a contact change: who it was for, so the result can show the customer again. */
export interface ContactDetailsChangedModel {
  __typename: 'ContactDetailsChanged';
  customerId: string;
  status: 'APPLIED' | 'APPLYING';
  changedFields: ContactField[];
  message: string;
  contractAddresses: string;
  signedOutEverywhere: boolean;
}

/** Some of the persons in a broker office's portfolio, in the master's name order, and how many it holds in all. */
export interface PortfolioMembers {
  totalCount: number;
  customerIds: string[];
}

/** A person in a broker office's portfolio, with the cursor that continues after them. */
export interface PortfolioEdgeModel {
  customerId: string;
  cursor: string;
}

/** One page of a broker office's portfolio. */
export interface PortfolioPageModel {
  totalCount: number;
  edges: PortfolioEdgeModel[];
  hasNextPage: boolean;
}
