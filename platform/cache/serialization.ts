/**
 * JSON that keeps what plain JSON loses: Date objects and bigints come back as themselves.
 * Decimals travel as strings in our records, which JSON keeps exactly.
 */
export function serialize(value: unknown): string {
  return JSON.stringify(value, function replacer(this: Record<string, unknown>, key: string, current: unknown) {
    const original = this[key];
    if (original instanceof Date) return { $date: original.toISOString() };
    if (typeof current === 'bigint') return { $bigint: current.toString() };
    return current;
  });
}

/** Only text that holds a tag needs the (several times slower) reviving parse; cache hits mostly do not. */
const TAGGED = /"\$(date|bigint)"/;

export function deserialize<T>(text: string): T {
  if (!TAGGED.test(text)) return JSON.parse(text) as T;
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const tagged = value as Record<string, unknown>;
      const keys = Object.keys(tagged);
      if (keys.length === 1 && typeof tagged['$date'] === 'string') return new Date(tagged['$date']);
      if (keys.length === 1 && typeof tagged['$bigint'] === 'string') return BigInt(tagged['$bigint']);
    }
    return value;
  }) as T;
}
