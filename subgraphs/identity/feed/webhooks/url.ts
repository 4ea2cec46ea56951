import { isIP } from 'node:net';

/** Longest webhook address accepted. */
export const MAX_WEBHOOK_URL_LENGTH = 1000;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** IPv4 and IPv6 literals of networks that are not the public internet (loopback, private, link-local, unspecified). */
function isInternalAddress(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (isIP(host) === 4) {
    const [a = 0, b = 0] = host.split('.').map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (isIP(host) === 6)
    return (
      host === '::' || host === '::1' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host) || host.startsWith('::ffff:')
    );
  return false;
}

/**
 * Why an address cannot be a webhook endpoint, or undefined when it can: HTTPS only in
 * production (to a public host: not localhost nor an internal address literal); outside
 * production also plain HTTP to the loopback, so tests and a developer's machine can receive.
 * Never credentials in the address (a secret in a URL ends up in logs), never a fragment.
 */
export function webhookUrlProblem(url: string, production: boolean): string | undefined {
  if (url.length > MAX_WEBHOOK_URL_LENGTH) return `url must be at most ${MAX_WEBHOOK_URL_LENGTH} characters.`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'url must be an absolute https:// address.';
  }
  if (parsed.username || parsed.password) return 'url must not carry credentials (user:password@).';
  if (parsed.hash || url.includes('#')) return 'url must not have a fragment (#…).';
  const loopback = LOOPBACK_HOSTS.has(parsed.hostname.toLowerCase());
  if (parsed.protocol === 'https:') {
    if (production && (loopback || isInternalAddress(parsed.hostname) || !parsed.hostname.includes('.')))
      return 'url must name a public host.';
    return undefined;
  }
  if (parsed.protocol === 'http:' && !production && loopback) return undefined;
  return production
    ? 'url must be an https:// address.'
    : 'url must be an https:// address (or http:// to the loopback outside production).';
}
