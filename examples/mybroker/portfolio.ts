import { BrokerPortfolioPageDocument, type BrokerPortfolioPageQuery } from '../../operations/generated/graphql';
import { answerNotes } from './answerNotes';
import { codeOf, type GraphAnswer, type GraphClient } from './graphClient';
import type { Log } from './support';

type Office = NonNullable<BrokerPortfolioPageQuery['myBrokerOffice']>;
type Page = NonNullable<Office['portfolio']>;
export type PortfolioCustomer = Page['edges'][number]['node'];

/** The largest page the graph serves (`portfolio(first: 1–50)`); fewer pages mean fewer requests against the rate limit. */
export const PAGE_SIZE = 50;

export interface PortfolioOptions {
  /** A name (or part of one) or an exact contract number of the office. */
  search?: string | undefined;
  /** Stop after this many pages even if more follow (a cap for trying things out). */
  maxPages?: number | undefined;
}

export interface PortfolioRead {
  officeId: string;
  officeName: string;
  totalCount: number;
  pages: number;
  /** Whether pages were left unread because of `maxPages`. */
  truncated: boolean;
  customers: PortfolioCustomer[];
}

/** The page could not be read at all: the reason is already printed. */
export class PortfolioError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'PortfolioError';
  }
}

/**
 * Reads the office's portfolio a page at a time, following `pageInfo.endCursor` until
 * `hasNextPage` is false (or the page cap), and prints each customer with the contracts this
 * office manages (the life and non-life subgraphs leave out those of other offices).
 */
export async function readPortfolio(graph: GraphClient, options: PortfolioOptions, log: Log): Promise<PortfolioRead> {
  const customers: PortfolioCustomer[] = [];
  let after: string | null = null;
  let pages = 0;
  let office: { id: string; name: string; totalCount: number } | undefined;
  for (;;) {
    const answer: GraphAnswer<BrokerPortfolioPageQuery> = await graph.execute(BrokerPortfolioPageDocument, {
      first: PAGE_SIZE,
      after,
      search: options.search ?? null,
    });
    const broker: Office | null | undefined = answer.data?.myBrokerOffice;
    const page: Page | null | undefined = broker?.portfolio;
    if (!broker || !page) {
      // Nothing to show: FORBIDDEN (not a broker token), the identity subgraph or the customer
      // master down, or the whole operation refused before it ran (COST_ESTIMATED_TOO_EXPENSIVE,
      // RATE_LIMITED after the retries).
      const codes = answer.errors.map(codeOf);
      log(`portfolio page ${pages + 1}: no data (HTTP ${answer.status}, ${codes.join(', ') || 'no errors'})`);
      for (const line of answerNotes(answer)) log(line);
      if (codes.includes('COST_ESTIMATED_TOO_EXPENSIVE'))
        log(
          `  the gateway estimates a page of ${PAGE_SIZE} above this client's cost limit; report it to the insurer (the page size is what the graph documents as allowed)`,
        );
      throw new PortfolioError(
        `The portfolio page could not be read (${codes.join(', ') || `HTTP ${answer.status}`}).`,
        codes[0],
      );
    }
    pages++;
    if (!office) {
      office = { id: broker.id, name: broker.name, totalCount: page.totalCount };
      log(
        `office ${office.id} ${office.name}: ${office.totalCount} customers${options.search ? ` matching "${options.search}"` : ''}`,
      );
    }
    const { edges, pageInfo } = page;
    log(`page ${pages}: ${edges.length} customers${after ? " (after the previous page's end cursor)" : ''}`);
    for (const line of answerNotes(answer)) log(line);
    for (const { node } of edges) {
      customers.push(node);
      for (const line of describeCustomer(node)) log(line);
    }
    if (!pageInfo.hasNextPage || !pageInfo.endCursor) return summary(office, pages, false, customers);
    if (options.maxPages !== undefined && pages >= options.maxPages) {
      log(`stopped after ${pages} pages (--max-pages ${options.maxPages}); more follow`);
      return summary(office, pages, true, customers);
    }
    after = pageInfo.endCursor;
  }
}

function summary(
  office: { id: string; name: string; totalCount: number },
  pages: number,
  truncated: boolean,
  customers: PortfolioCustomer[],
): PortfolioRead {
  return { officeId: office.id, officeName: office.name, totalCount: office.totalCount, pages, truncated, customers };
}

/** A customer and the contracts this office manages, one line each; a list null because its subgraph failed says so. */
export function describeCustomer(customer: PortfolioCustomer): string[] {
  const lines = [`  ${customer.id} ${customer.firstName} ${customer.lastName}`];
  if (customer.lifeContracts === null) lines.push('    life contracts: not available now (see the errors above)');
  else
    for (const contract of customer.lifeContracts)
      lines.push(
        `    life     ${contract.contractNumber} ${contract.product.kind} "${contract.product.label}" ${contract.status}, premium ${contract.premium.amount.amount} ${contract.premium.amount.currency}${contract.reserve ? `, reserve ${contract.reserve.amount} ${contract.reserve.currency}` : ''}`,
      );
  if (customer.nonLifeContracts === null)
    lines.push('    non-life contracts: not available now (see the errors above)');
  else
    for (const contract of customer.nonLifeContracts)
      lines.push(
        `    non-life ${contract.contractNumber} ${contract.product.kind} "${contract.product.label}" ${contract.status}, premium ${contract.premium.amount} ${contract.premium.currency} ${contract.premiumFrequency}, renewal ${contract.renewalDate}`,
      );
  if (customer.lifeContracts?.length === 0 && customer.nonLifeContracts?.length === 0)
    // The portfolio counts every contract the office manages for them; the lists leave out the
    // kinds the customer zone does not show (Customer.contractsNotShown, docs/contracts.md).
    lines.push('    (no contracts listed: see Customer.contractsNotShown)');
  return lines;
}
