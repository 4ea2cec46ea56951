import { badUserInput } from '../../../platform/graphql/errors';
import type { CustomerMasterClient } from '../backend/CustomerMasterClient';
import { toPortfolioMembers } from '../backend/mapper';
import type { PortfolioPageModel } from '../model';
import { encodePortfolioCursor, offsetAfter } from './cursor';

/** Largest page: what one batch of the other subgraphs' backends answers (50 customers per call). */
export const MAX_PORTFOLIO_PAGE = 50;
export const MAX_SEARCH_LENGTH = 100;

export interface PortfolioRequest {
  first: number;
  after: string | null | undefined;
  search: string | null | undefined;
}

/** The search as the master gets it: trimmed, spaces collapsed, NFC; empty for none. */
export function normaliseSearch(search: string | null | undefined): string {
  return (search ?? '').normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * One page of an office's portfolio, read from the customer master on every request (not
 * cached: a search is not a record, and names typed into it must not become cache keys). Bad
 * paging arguments are BAD_USER_INPUT naming the argument.
 */
export async function readPortfolioPage(
  master: CustomerMasterClient,
  brokerId: string,
  request: PortfolioRequest,
  requestId: string,
): Promise<PortfolioPageModel> {
  if (!Number.isInteger(request.first) || request.first < 1 || request.first > MAX_PORTFOLIO_PAGE)
    throw badUserInput(`first must be 1 to ${MAX_PORTFOLIO_PAGE}.`, 'first');
  const search = normaliseSearch(request.search);
  // eslint-disable-next-line no-control-regex
  if (search.length > MAX_SEARCH_LENGTH || /[\u0000-\u001f\u007f]/.test(search))
    throw badUserInput(`search is a name or a contract number of at most ${MAX_SEARCH_LENGTH} characters.`, 'search');
  const offset = request.after === undefined || request.after === null ? 0 : offsetAfter(request.after, search);
  if (offset === undefined)
    throw badUserInput('after is not a cursor from this portfolio and search; start again without it.', 'after');
  const members = toPortfolioMembers(
    await master.portfolio(brokerId, { offset, limit: request.first, query: search }, requestId),
  );
  return {
    totalCount: members.totalCount,
    edges: members.customerIds.map((customerId, index) => ({
      customerId,
      cursor: encodePortfolioCursor(offset + index, search),
    })),
    hasNextPage: offset + members.customerIds.length < members.totalCount,
  };
}
