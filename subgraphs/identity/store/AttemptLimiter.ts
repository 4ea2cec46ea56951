import type { Database, Queryable } from '../../../platform/database/Database';

export interface AttemptLimits {
  maxFailures: number;
  lockoutSeconds: number;
}

export type FailureOutcome = { locked: false; attemptsLeft: number } | { locked: true; lockedUntil: Date };

/**
 * Counts consecutive wrong attempts per subject in PostgreSQL, so the count holds across
 * replicas and restarts, and locks the subject for a while after too many. Counting is one
 * atomic upsert: concurrent wrong attempts cannot slip past the limit. After a lockout ends,
 * counting starts again from zero.
 */
export class AttemptLimiter {
  constructor(
    private readonly db: Database,
    private readonly limits: AttemptLimits,
  ) {}

  async lockedUntil(subject: string): Promise<Date | undefined> {
    const { rows } = await this.db.query<{ locked_until: Date }>(
      'SELECT locked_until FROM identity.attempt_limits WHERE subject = $1 AND locked_until > now()',
      [subject],
    );
    return rows[0]?.locked_until;
  }

  async recordFailure(subject: string): Promise<FailureOutcome> {
    const { rows } = await this.db.query<{ failures: number; locked_until: Date | null }>(
      `INSERT INTO identity.attempt_limits AS l (subject, failures, last_failure_at, locked_until)
       VALUES ($1, 1, now(), CASE WHEN $2 <= 1 THEN now() + make_interval(secs => $3) END)
       ON CONFLICT (subject) DO UPDATE SET
         failures = CASE WHEN l.locked_until <= now() THEN 1 ELSE l.failures + 1 END,
         last_failure_at = now(),
         locked_until = CASE
           WHEN l.locked_until > now() THEN l.locked_until
           WHEN (CASE WHEN l.locked_until <= now() THEN 1 ELSE l.failures + 1 END) >= $2 THEN now() + make_interval(secs => $3)
           ELSE NULL END
       RETURNING failures, locked_until`,
      [subject, this.limits.maxFailures, this.limits.lockoutSeconds],
    );
    const row = rows[0];
    if (!row) throw new Error('The attempt count just recorded is missing.');
    return row.locked_until
      ? { locked: true, lockedUntil: row.locked_until }
      : { locked: false, attemptsLeft: this.limits.maxFailures - row.failures };
  }

  /** A right attempt clears the count. */
  async reset(subject: string): Promise<void> {
    await this.db.query('DELETE FROM identity.attempt_limits WHERE subject = $1', [subject]);
  }

  /** Of these subjects, those locked now, with until when. */
  async lockedOf(subjects: readonly string[]): Promise<Map<string, Date>> {
    const { rows } = await this.db.query<{ subject: string; locked_until: Date }>(
      'SELECT subject, locked_until FROM identity.attempt_limits WHERE subject = ANY($1::text[]) AND locked_until > now()',
      [subjects],
    );
    return new Map(rows.map((row) => [row.subject, row.locked_until]));
  }

  /**
   * Ends the lockouts of these subjects and clears their counts (the contact centre lifting a
   * customer's lockout): the next attempt starts from zero. Answers the subjects that were locked.
   */
  async lift(tx: Queryable, subjects: readonly string[]): Promise<Set<string>> {
    const { rows } = await tx.query<{ subject: string; locked: boolean }>(
      `DELETE FROM identity.attempt_limits WHERE subject = ANY($1::text[])
       RETURNING subject, coalesce(locked_until > now(), false) AS locked`,
      [subjects],
    );
    return new Set(rows.filter((row) => row.locked).map((row) => row.subject));
  }
}
