import { requireDeliveryView, requireDocumentsView } from '../access';
import { isOffered } from '../availability';
import { documentDelivery } from '../delivery';
import { documentPage, documentQuery, matchesFilter } from '../documentList';
import type { CustomerResolvers } from '../generated/resolvers';
import { addresseesOf, brokerServesCustomer, officeDocumentRequests, visibleDocuments } from '../visibleDocuments';

export const Customer: CustomerResolvers = {
  __resolveReference: (reference) => reference,

  async documents(customer, args, context) {
    const viewer = requireDocumentsView(context.viewer, customer.id);
    // Checked before anything is loaded, so bad arguments cost no backend call.
    const query = documentQuery(args);
    const addressed = (await context.loaders.customerDocuments.load(customer.id)) ?? [];
    const candidates = addressed.filter(
      (document) =>
        document.customerId === customer.id && isOffered(document, context.offer) && matchesFilter(document, query),
    );
    const visible = await visibleDocuments(context, viewer, candidates);
    await context.audit.read('Document', addresseesOf(visible));
    return documentPage(visible, query);
  },

  async documentDelivery(customer, _args, context) {
    await requireDeliveryView(context.viewer, customer.id, (broker) =>
      brokerServesCustomer(context, broker, customer.id),
    );
    await context.audit.read('DocumentDelivery', [customer.id]);
    // Looked up, never taken from the representation: a caller of this subgraph writes that.
    const [consentedAt, latestRequest] = await Promise.all([
      context.consents.load(customer.id),
      context.latestPaperRequests.load(customer.id),
    ]);
    return documentDelivery(consentedAt, latestRequest);
  },

  async documentRequests(customer, _args, context) {
    const viewer = requireDocumentsView(context.viewer, customer.id);
    const requests = await context.customerDocumentRequests.load(customer.id);
    const visible = viewer.role === 'broker' ? await officeDocumentRequests(context, viewer, requests) : requests;
    // The contact centre's read is recorded always; a broker's when it shows something of the customer.
    await context.audit.read('DocumentRequest', viewer.role === 'support' || visible.length > 0 ? [customer.id] : []);
    return visible;
  },
};
