import { codeOf, type GraphAnswer } from './graphClient';

/**
 * What to tell a reader about an answer that is not whole (docs/frontend.md, "Answers that are not
 * whole"): parts served from the cache while their backend is down (`extensions.stale`), and
 * parts missing (`errors[]` with `path` and `extensions.code`). The data that came is printed
 * anyway; these lines say what to trust less.
 */
export function answerNotes(answer: GraphAnswer<unknown>): string[] {
  const lines: string[] = [];
  for (const marker of answer.stale)
    lines.push(
      `  stale: ${marker.type} from ${marker.source} is ${describeAge(marker.ageSeconds)} old (the backend failed: ${marker.reason})`,
    );
  for (const error of answer.errors) {
    const extensions = error.extensions ?? {};
    const where = error.path?.length ? error.path.join('.') : '(no path)';
    const detail = ['serviceName', 'backend', 'reason', 'field', 'argument', 'limit', 'actual']
      .filter((name) => extensions[name] !== undefined)
      .map((name) => `${name}=${String(extensions[name])}`)
      .join(' ');
    const retryable = extensions['retryable'] === true ? ' (retryable: try again later)' : '';
    lines.push(`  error at ${where}: ${codeOf(error)}${detail ? ` ${detail}` : ''}${retryable}: ${error.message}`);
  }
  return lines;
}

/** "40 s", "11 min", "3 h 5 min". */
export function describeAge(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'an unknown time';
  if (seconds < 120) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
