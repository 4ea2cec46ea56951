import { requireSupport } from '../access';
import type { DocumentsContext } from '../context';
import type { QueryResolvers } from '../generated/resolvers';
import { badUserInput } from '../../../platform/graphql/errors';
import { decodeCursor, encodeCursor, pageSize } from '../pagination';
import type { RequestPosition } from '../store/PaperRequestStore';

const LIST = 'paperDeliveryRequests';
const DOCUMENT_REQUESTS = 'documentRequests';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function position(after: string | null | undefined, status: string, list = LIST): RequestPosition | null {
  if (!after) return null;
  const [listStatus, requestedAt, id] = decodeCursor(list, after, 3) as [string, string, string];
  if (listStatus !== status || Number.isNaN(Date.parse(requestedAt)) || !UUID.test(id)) {
    throw badUserInput('after is not a cursor of this list; pass pageInfo.endCursor of the previous page.', 'after');
  }
  return [requestedAt, id];
}

/**
 * A page of the contact centre's queue of requests with this status (paper deliveries or
 * documents), oldest first: the rows after `after`, each customer on it a support read in the
 * audit trail, and the cursor of its last row.
 */
async function queuePage<R extends { id: string; customerId: string; requestedAt: Date }>(
  queue: { list: string; resource: string; rows(limit: number, after: RequestPosition | null): Promise<R[]> },
  status: string,
  first: number | null | undefined,
  after: string | null | undefined,
  context: DocumentsContext,
): Promise<{ nodes: R[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> {
  requireSupport(context.viewer);
  const limit = pageSize(first);
  const rows = await queue.rows(limit + 1, position(after, status, queue.list));
  const nodes = rows.slice(0, limit);
  await context.audit.read(
    queue.resource,
    nodes.map((row) => row.customerId),
  );
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    pageInfo: {
      hasNextPage: rows.length > limit,
      endCursor: last ? encodeCursor(queue.list, [status, last.requestedAt.toISOString(), last.id]) : null,
    },
  };
}

export const Query: QueryResolvers = {
  paperDeliveryRequests(_parent, { status, first, after }, context) {
    const wanted = status ?? 'PENDING';
    return queuePage(
      {
        list: LIST,
        resource: 'PaperDeliveryRequest',
        rows: (limit, position) => context.paperRequests.list(wanted, limit, position),
      },
      wanted,
      first,
      after,
      context,
    );
  },

  documentRequests(_parent, { status, first, after }, context) {
    const wanted = status ?? 'PENDING';
    return queuePage(
      {
        list: DOCUMENT_REQUESTS,
        resource: 'DocumentRequest',
        rows: (limit, position) => context.documentRequests.list(wanted, limit, position),
      },
      wanted,
      first,
      after,
      context,
    );
  },
};
