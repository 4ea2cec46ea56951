import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HttpError } from '../../platform/http';
import { CSRF_COOKIE, CSRF_HEADER, readCookies } from './cookies';

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Every POST to the portal server comes from the portal's own pages: the browser says the request
 * is same-origin (Origin, Sec-Fetch-Site when sent), and the page echoes the CSRF cookie, which
 * only a page of this origin can read, in a header (double submit). The cookies are SameSite=Strict
 * besides; this holds even where a browser ignores that.
 */
export function requirePortalPage(req: IncomingMessage, publicOrigin: string): void {
  const origin = req.headers.origin;
  const fetchSite = req.headers['sec-fetch-site'];
  const token = req.headers[CSRF_HEADER];
  const expected = readCookies(req).get(CSRF_COOKIE) ?? '';
  const fromPortal =
    (origin === undefined || origin === publicOrigin) &&
    (fetchSite === undefined || fetchSite === 'same-origin') &&
    typeof token === 'string' &&
    expected.length >= 16 &&
    sameText(token, expected);
  if (!fromPortal)
    throw new HttpError(
      403,
      'CSRF_REJECTED',
      'This request did not come from a page of the customer zone; reload the page.',
    );
}
