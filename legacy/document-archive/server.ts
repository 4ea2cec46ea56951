import { z } from 'zod';
import { HttpError, readJsonBody } from '../../platform/http';
import type { ArchivedDocument } from '../shared/data/records';
import { createLegacyService, type LegacyReply, type LegacyMockOptions, type LegacyService } from '../shared/service';
import { declaredSize, renderPdf } from './pdf';

/** The archive searches the documents of at most this many customers or contracts per call. */
export const ARCHIVE_BATCH_LIMIT = 50;

const ids = z.array(z.string().min(1).max(40)).max(1_000).default([]);
const searchSchema = z
  .object({ customerIds: ids, policyNumbers: ids })
  .strict()
  .refine((body) => body.customerIds.length + body.policyNumbers.length > 0, { message: 'at least one id' });

const json = (status: number, body: unknown): LegacyReply => ({
  status,
  contentType: 'application/json',
  body: JSON.stringify(body),
});

function metadata(document: ArchivedDocument) {
  return {
    documentId: document.id,
    customerId: document.customerId,
    policyNumber: document.contractNumber,
    docTypeCode: document.type,
    period: String(document.year),
    issued: `${document.issueDate}T06:00:00+01:00`,
    mimeType: 'application/pdf',
    sizeBytes: declaredSize(document),
    fileName: document.fileName,
  };
}

export type DocumentArchiveOptions = LegacyMockOptions;

/** The document archive: metadata search (per customer or per contract, 50 at a time) and the PDF bytes. */
export function createDocumentArchive({
  universe,
  behaviour,
  log,
  now,
  metrics,
}: DocumentArchiveOptions): LegacyService {
  return createLegacyService({
    name: 'document-archive',
    ...(metrics ? { metrics } : {}),
    behaviour,
    log,
    ...(now ? { now } : {}),
    routes: [
      {
        method: 'POST',
        path: '/archive/v1/search',
        endpoint: 'search',
        handle: async ({ req }) => {
          const parsed = searchSchema.safeParse(await readJsonBody(req, 50_000));
          if (!parsed.success)
            throw new HttpError(
              400,
              'ARC-400',
              `customerIds or policyNumbers (lists of ids) is required: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ')}`,
            );
          const { customerIds, policyNumbers } = parsed.data;
          if (customerIds.length > ARCHIVE_BATCH_LIMIT || policyNumbers.length > ARCHIVE_BATCH_LIMIT)
            throw new HttpError(400, 'ARC-413', `At most ${ARCHIVE_BATCH_LIMIT} per call.`);
          const byCustomer = customerIds.map((customerId) => ({
            customerId,
            items: universe.documentsAddressedTo(customerId).map(metadata),
          }));
          const byPolicy = policyNumbers.map((policyNumber) => {
            const entry = universe.policyIndexEntry(policyNumber);
            const holder = entry
              ? (universe.personIndex(entry.policyholderId) ?? universe.personIndex(entry.insuredIds[0] ?? ''))
              : undefined;
            const items =
              holder === undefined
                ? []
                : universe
                    .documentsOf(holder)
                    .filter((d) => d.contractNumber === policyNumber)
                    .map(metadata);
            return { policyNumber, items };
          });
          return json(200, { results: [...byCustomer, ...byPolicy] });
        },
      },
      {
        method: 'GET',
        path: '/archive/v1/documents/:id/content',
        endpoint: 'content',
        handle: async ({ params }) => {
          const document = universe.documentById(params['id'] ?? '');
          if (!document) return json(404, { error: 'ARC-404', message: 'Document not found' });
          const person = universe.personById(document.customerId);
          const addressee = person
            ? `${person.firstName} ${person.lastName}`
            : universe.companyById(document.customerId)?.name;
          if (!addressee) return json(404, { error: 'ARC-404', message: 'Document not found' });
          return {
            status: 200,
            contentType: 'application/pdf',
            body: await renderPdf(document, addressee),
            headers: { 'content-disposition': `attachment; filename="${document.fileName}"` },
          };
        },
        // The storage layer cut the file short: right headers, a PDF that never ends.
        malformedReply: () => ({
          status: 200,
          contentType: 'application/pdf',
          body: Buffer.from('%PDF-1.3\n%\xff\xff\xff\xff\n1 0 obj\n<< /Type /Catalog', 'latin1'),
        }),
      },
    ],
    faultReply: (kind) =>
      kind === 'maintenance'
        ? json(503, { error: 'ARC-503', message: 'Archive maintenance' })
        : json(500, { error: 'ARC-500', message: 'Storage backend error' }),
    malformedReply: () => json(200, { results: 'unavailable' }),
  });
}
