import { decodeCursor } from '../../../platform/audit/cursor';
import { requireSignedIn } from '../../../platform/auth/access';
import { badUserInput, forbidden } from '../../../platform/graphql/errors';
import { toAuditRecordView } from '../auditRecordView';
import type { QueryResolvers } from '../generated/resolvers';

const MAX_PAGE = 100;
const CUSTOMER_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A customer's audit trail, for support staff only. The read is recorded like any other staff
 * read before the page is fetched, so the trail also shows who looked at it.
 */
export const auditRecords: NonNullable<QueryResolvers['auditRecords']> = async (
  _parent,
  { customerId, first = 20, after },
  context,
) => {
  const viewer = requireSignedIn(context.viewer);
  if (viewer.role !== 'support') throw forbidden();
  if (!CUSTOMER_ID.test(customerId)) throw badUserInput('customerId is not a customer id.', 'customerId');
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
    throw badUserInput(`first must be 1 to ${MAX_PAGE}.`, 'first');
  const before = after === undefined || after === null ? undefined : decodeCursor(after);
  if (after !== undefined && after !== null && before === undefined)
    throw badUserInput('after is not a cursor from this list.', 'after');
  await context.audit.read('AuditRecord', [customerId]);
  const records = await context.auditTrail.page(customerId, first, before);
  return records.map((record) => toAuditRecordView(record, customerId));
};
