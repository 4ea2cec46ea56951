import { requireSupport } from '../access';
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

export const Query: QueryResolvers = {
  async paperDeliveryRequests(_parent, { status, first, after }, context) {
    requireSupport(context.viewer);
    const wanted = status ?? 'PENDING';
    const limit = pageSize(first);
    const requests = await context.paperRequests.list(wanted, limit + 1, position(after, wanted));
    const nodes = requests.slice(0, limit);
    await context.audit.read(
      'PaperDeliveryRequest',
      nodes.map((request) => request.customerId),
    );
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      pageInfo: {
        hasNextPage: requests.length > limit,
        endCursor: last ? encodeCursor(LIST, [wanted, last.requestedAt.toISOString(), last.id]) : null,
      },
    };
  },

  async documentRequests(_parent, { status, first, after }, context) {
    requireSupport(context.viewer);
    const wanted = status ?? 'PENDING';
    const limit = pageSize(first);
    const requests = await context.documentRequests.list(wanted, limit + 1, position(after, wanted, DOCUMENT_REQUESTS));
    const nodes = requests.slice(0, limit);
    await context.audit.read(
      'DocumentRequest',
      nodes.map((request) => request.customerId),
    );
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      pageInfo: {
        hasNextPage: requests.length > limit,
        endCursor: last ? encodeCursor(DOCUMENT_REQUESTS, [wanted, last.requestedAt.toISOString(), last.id]) : null,
      },
    };
  },
};
