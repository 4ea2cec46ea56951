import PDFDocument from 'pdfkit';
import { DOCUMENT_TYPES } from '../shared/data/catalogue';
import { hash } from '../shared/data/random';
import type { ArchivedDocument } from '../shared/data/records';

/**
 * The archive stores a size with every document, so a document's bytes must have that size
 * before they are rendered. Documents are rendered deterministically (fixed creation date,
 * no compression) and padded with a PDF comment after the end-of-file marker, followed by a
 * second marker so readers still find it within the last bytes.
 */
export function declaredSize(document: ArchivedDocument): number {
  return 6_144 + (hash(document.id) % 4_096);
}

/** `addressee` is the name the document is addressed to: a person's, or a company's for its tax certificate. */
export function renderPdf(document: ArchivedDocument, addressee: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const title = `${DOCUMENT_TYPES[document.type].name} ${document.year}`;
    const pdf = new PDFDocument({
      compress: false,
      size: 'A4',
      info: { Title: title, Author: 'Document archive', CreationDate: new Date(`${document.issueDate}T00:00:00Z`) },
    });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('error', reject);
    pdf.on('end', () => {
      const rendered = Buffer.concat(chunks);
      const target = declaredSize(document);
      const trailer = '\n%%EOF\n';
      const room = target - rendered.length - trailer.length - 2;
      if (room < 0) {
        reject(new Error(`Document ${document.id} renders larger than its declared size.`));
        return;
      }
      resolve(Buffer.concat([rendered, Buffer.from(`\n%${' '.repeat(room)}${trailer}`, 'latin1')]));
    });
    pdf.fontSize(18).text(title);
    pdf.moveDown().fontSize(11);
    pdf.text(addressee);
    pdf.text(`Contract ${document.contractNumber}`);
    pdf.text(`Uitgiftedatum ${document.issueDate}`);
    pdf.moveDown().text('Dit document werd aangemaakt door het documentarchief.');
    pdf.end();
  });
}
