/** Small helpers the example's modules share. */

/** Where the example writes what it has to say, one line at a time (stdout in index.ts, an array in tests). */
export type Log = (line: string) => void;

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** "1 s", "0.3 s": waits as a person reads them. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s`;
}
