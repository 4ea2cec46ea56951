import { AuditStore } from '../platform/audit/AuditStore';
import { AUDIT_MIGRATIONS, AUDIT_SCHEMA } from '../platform/audit/migrations';
import { StoreAuditWriter } from '../platform/audit/StoreAuditWriter';
import { openDatabase } from '../platform/database/config';
import type { Database } from '../platform/database/Database';
import { migrate } from '../platform/database/migrate';
import { createLogger, type Logger } from '../platform/logger';
import { createTestDatabase } from './database';

export interface TestAuditTrail {
  /** The trail's database, for a test that breaks or inspects it. */
  db: Database;
  store: AuditStore;
  /** Writes straight to the store, as identity does, for a subgraph a test starts on its own. */
  writer: StoreAuditWriter;
  stop(): Promise<void>;
}

/**
 * The audit trail in an existing test database (its schema migrated as identity migrates it),
 * written with the PostgreSQL store as identity writes its own; stop closes the connections only.
 */
export async function openTestAuditTrail(databaseUrl: string, log: Logger): Promise<TestAuditTrail> {
  const db = await openDatabase({ kind: 'postgres', url: databaseUrl, poolMax: 2 }, 'audit-test', log);
  try {
    await migrate(db, { schema: AUDIT_SCHEMA, migrations: AUDIT_MIGRATIONS, log });
  } catch (error) {
    await db.close();
    throw error;
  }
  const store = new AuditStore(db);
  return { db, store, writer: new StoreAuditWriter(store), stop: () => db.close() };
}

/** An audit trail in a PostgreSQL database of its own on the test server, dropped by stop. */
export async function startTestAuditTrail(label: string): Promise<TestAuditTrail> {
  const database = await createTestDatabase(`audit_${label}`);
  let trail: TestAuditTrail;
  try {
    trail = await openTestAuditTrail(database.url, createLogger({ component: 'audit-test', level: 'silent' }));
  } catch (error) {
    await database.drop();
    throw error;
  }
  return {
    ...trail,
    async stop() {
      await trail.stop();
      await database.drop();
    },
  };
}
