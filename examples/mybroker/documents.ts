import { BrokerCustomerDocumentsDocument, type BrokerCustomerDocumentsQuery } from '../../operations/generated/graphql';
import { answerNotes } from './answerNotes';
import type { GraphClient } from './graphClient';
import type { PortfolioCustomer } from './portfolio';
import type { Log } from './support';

export type CustomerDocument = NonNullable<
  NonNullable<BrokerCustomerDocumentsQuery['customer']>['documents']
>['nodes'][number];

/** Customers asked before giving up: each is one request against the rate limit. */
const MAX_CUSTOMERS_ASKED = 5;

/**
 * The newest document of the first customers (in portfolio order) that have one this office may
 * see: a broker sees the documents of the contracts it manages. Only customers with a life
 * contract are asked, as non-life documents are not offered yet (docs/documents.md).
 */
export async function findDocument(
  graph: GraphClient,
  customers: readonly PortfolioCustomer[],
  log: Log,
): Promise<CustomerDocument | undefined> {
  const candidates = customers
    .filter((customer) => (customer.lifeContracts?.length ?? 0) > 0)
    .slice(0, MAX_CUSTOMERS_ASKED);
  for (const customer of candidates) {
    const answer = await graph.execute(BrokerCustomerDocumentsDocument, { customerId: customer.id, first: 1 });
    const documents = answer.data?.customer?.documents;
    log(
      `documents of ${customer.id} ${customer.firstName} ${customer.lastName}: ${documents ? `${documents.totalCount} in all` : 'not available now'}`,
    );
    for (const line of answerNotes(answer)) log(line);
    const [newest] = documents?.nodes ?? [];
    if (newest) {
      const contract =
        newest.contract && 'contractNumber' in newest.contract ? newest.contract.contractNumber : 'no contract';
      log(
        `  newest: ${newest.id} ${newest.type} "${newest.title}" (${contract}, ${newest.sizeBytes} bytes, link valid until ${newest.downloadUrlExpiresAt})`,
      );
      return newest;
    }
  }
  log('no document to download among the first customers read');
  return undefined;
}
