import { isLifeContractNumber, isNonLifeContractNumber } from '../../platform/legacyIds';
import { badUserInput } from '../../platform/graphql/errors';
import type { DocumentType, RequestDocumentInput } from './generated/resolvers';
import type { ContractDomain } from './model';
import { text } from './paperRequestInput';
import type { AskedDocument } from './store/DocumentRequestStore';

/** The oldest and the latest year a document may be asked for. */
export const FIRST_REQUEST_YEAR = 1990;
export const LAST_REQUEST_YEAR = 2100;

/** The kind of contract each document type is about. */
const DOMAIN_OF_TYPE: Record<DocumentType, ContractDomain> = {
  TAX_CERTIFICATE: 'life',
  ANNUAL_OVERVIEW: 'life',
  PROOF_OF_PREMIUM_PAYMENT: 'life',
  PROFIT_SHARING_CERTIFICATE: 'life',
  POLICY: 'nonlife',
  GREEN_CARD: 'nonlife',
  CLAIMS_HISTORY_CERTIFICATE: 'nonlife',
};

/** The kind of contract a number of the legacy systems' form names; null for any other form. */
export function contractDomainOf(contractNumber: string): ContractDomain | null {
  if (isLifeContractNumber(contractNumber)) return 'life';
  if (isNonLifeContractNumber(contractNumber)) return 'nonlife';
  return null;
}

/** The asker's optional note: null when empty, at most 500 characters of text, or BAD_USER_INPUT. */
export function documentRequestNote(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const note = text(value, 'note', 'The note');
  return note.length === 0 ? null : note;
}

/**
 * The document asked for, for a customer whose id the caller's right already settled: a contract
 * number of the legacy systems' form, a type of that kind of contract, a year from 1990 to 2100 and
 * an optional note; BAD_USER_INPUT with the field otherwise, before anything is read or recorded.
 * The form of the number is no secret, so saying it is wrong reveals nothing of any contract.
 */
export function askedDocument(
  customerId: string,
  input: RequestDocumentInput,
): AskedDocument & { domain: ContractDomain } {
  const contractNumber = input.contractNumber.trim();
  const domain = contractDomainOf(contractNumber);
  if (!domain)
    throw badUserInput('contractNumber is not a contract number, e.g. L000000010 or V000000013.', 'contractNumber');
  if (DOMAIN_OF_TYPE[input.type] !== domain)
    throw badUserInput(
      domain === 'life'
        ? 'This type of document is not one of a life contract.'
        : 'This type of document is not one of a non-life contract.',
      'type',
    );
  if (!Number.isInteger(input.year) || input.year < FIRST_REQUEST_YEAR || input.year > LAST_REQUEST_YEAR)
    throw badUserInput(`year must be between ${FIRST_REQUEST_YEAR} and ${LAST_REQUEST_YEAR}.`, 'year');
  const note = documentRequestNote(input.note);
  return { customerId, contractNumber, domain, type: input.type, year: input.year, note };
}
