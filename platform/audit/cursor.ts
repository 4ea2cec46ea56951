/**
 * Page cursors of the audit trail: opaque to clients, a record's position underneath. Versioned,
 * so the encoding can change without old cursors being misread.
 */
const PREFIX = 'a1:';

export function encodeCursor(seq: string): string {
  return Buffer.from(`${PREFIX}${seq}`, 'utf8').toString('base64url');
}

/** The position a cursor stands for, or undefined when it is not one of ours. */
export function decodeCursor(cursor: string): string | undefined {
  if (cursor.length > 64 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX)) return undefined;
  const seq = text.slice(PREFIX.length);
  return /^[1-9]\d{0,17}$/.test(seq) ? seq : undefined;
}
