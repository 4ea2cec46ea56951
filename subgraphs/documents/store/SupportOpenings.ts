import { randomUUID } from 'node:crypto';
import type { Database } from '../../../platform/database/Database';

/** How long a staff member's download of a document works after they recorded why. */
export const SUPPORT_OPENING_SECONDS = 15 * 60;

/**
 * Why the contact centre opened a customer's document: a staff member's download is refused
 * unless they recorded a reason for that document in the last SUPPORT_OPENING_SECONDS.
 */
export class SupportOpenings {
  constructor(private readonly db: Database) {}

  async record(opening: { staffId: string; customerId: string; documentId: string; reason: string }): Promise<void> {
    await this.db.query(
      `INSERT INTO documents.support_document_openings (id, staff_id, customer_id, document_id, reason) VALUES ($1, $2, $3, $4, $5)`,
      [randomUUID(), opening.staffId, opening.customerId, opening.documentId, opening.reason],
    );
  }

  /** Whether this staff member recorded a reason to open this document recently enough. */
  async allows(staffId: string, documentId: string): Promise<boolean> {
    const { rows } = await this.db.query(
      `SELECT 1 FROM documents.support_document_openings
        WHERE staff_id = $1 AND document_id = $2 AND opened_at > now() - make_interval(secs => $3) LIMIT 1`,
      [staffId, documentId, SUPPORT_OPENING_SECONDS],
    );
    return rows.length > 0;
  }
}
