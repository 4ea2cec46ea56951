import type { Database } from '../../../platform/database/Database';
import { emailAddressKey } from '../../../platform/emailAddress';
import type { KeyedHasher } from '../credentials/KeyedHasher';
import { Purpose } from '../credentials/purposes';

/**
 * Demo states the customer master cannot hold, because identity owns them (docs/demo-data.md, demo
 * identities). Seeded outside production only, at every start, without touching what is there.
 */
export const DEMO = {
  /** Tom Wouters received an activation code by post for this contract; it has expired. */
  expiredActivation: { customerId: 'P00000008', contractNumber: 'L000000081', code: 'EXPD-TWDM-4827' },
  /** Another customer's account already uses Lotte Claes's e-mail address. */
  emailInUse: { customerId: 'P00000013', email: 'lotte.claes.9@klant.example' },
} as const;

const EXPIRED_CODE_ID = '00000000-0000-4000-8000-000000000008';
const EMAIL_IN_USE_ACCOUNT_ID = '00000000-0000-4000-8000-000000000013';

/** Stands where a password hash would be; no password can match it. */
const NO_PASSWORD = '!demo-account-without-password';

export async function seedDemoData(db: Database, hasher: KeyedHasher): Promise<void> {
  const expired = DEMO.expiredActivation;
  // The hash depends on the key, which may differ from the last run's: refresh it, keep the rest.
  await db.query(
    `INSERT INTO identity.letter_codes (id, purpose, customer_id, contract_number, code_hash, created_at, sent_at, expires_at)
     VALUES ($1, 'ACTIVATION', $2, $3, $4, now() - interval '60 days', now() - interval '60 days', now() - interval '30 days')
     ON CONFLICT (id) DO UPDATE SET code_hash = EXCLUDED.code_hash`,
    [
      EXPIRED_CODE_ID,
      expired.customerId,
      expired.contractNumber,
      hasher.digest(Purpose.ACTIVATION_CODE, expired.code.replace(/-/g, '')),
    ],
  );
  await db.query(
    `INSERT INTO identity.accounts (id, customer_id, registered_via, email, email_normalized, password_hash, digital_documents_consent_at)
     VALUES ($1, $2, 'PERSONAL_DATA', $3, $4, $5, now()) ON CONFLICT DO NOTHING`,
    [
      EMAIL_IN_USE_ACCOUNT_ID,
      DEMO.emailInUse.customerId,
      DEMO.emailInUse.email,
      emailAddressKey(DEMO.emailInUse.email),
      NO_PASSWORD,
    ],
  );
}
