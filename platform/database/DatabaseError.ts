import { scrubText } from '../redaction';

/** SQLSTATE codes callers map to their own outcomes. */
export const SqlState = {
  UNIQUE_VIOLATION: '23505',
  FOREIGN_KEY_VIOLATION: '23503',
  CHECK_VIOLATION: '23514',
  SERIALIZATION_FAILURE: '40001',
  DEADLOCK_DETECTED: '40P01',
} as const;

/**
 * A failure reported by PostgreSQL (server or PGlite), reduced to what code may act on: the
 * SQLSTATE and the constraint. The driver's `detail`, query and parameters are dropped on
 * purpose: a unique violation's detail echoes the value (an e-mail address), and parameters
 * hold whatever the caller passed.
 */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';

  constructor(
    message: string,
    /** The SQLSTATE, e.g. 23505 for a unique violation. */
    readonly code: string,
    readonly constraint: string | undefined,
  ) {
    super(message);
  }
}

interface DriverError {
  message: string;
  code: string;
  constraint?: unknown;
}

function isDriverError(error: unknown): error is DriverError {
  if (!(error instanceof Error) || !('severity' in error)) return false;
  const code: unknown = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}

/** A driver's error as a DatabaseError; anything else (a lost connection, a bug) unchanged. */
export function toDatabaseError(error: unknown): unknown {
  if (error instanceof DatabaseError || !isDriverError(error)) return error;
  const constraint = typeof error.constraint === 'string' && error.constraint ? error.constraint : undefined;
  return new DatabaseError(scrubText(error.message), error.code, constraint);
}

/** True for a unique violation, of `constraint` when given (a unique index's name counts as one). */
export function isUniqueViolation(error: unknown, constraint?: string): error is DatabaseError {
  return (
    error instanceof DatabaseError &&
    error.code === SqlState.UNIQUE_VIOLATION &&
    (constraint === undefined || error.constraint === constraint)
  );
}
