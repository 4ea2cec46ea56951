import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SignedIn } from '../access';

/** Bumped when what a signature covers changes, so links of the old form stop working. */
const LINK_VERSION = 'cg-document-link/1';
/**
 * Exactly the text `sign` writes: the unpadded base64url of 32 bytes, whose last character carries
 * 2 zero bits: every part of a link has one spelling.
 */
const SIGNATURE = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;
/** Unix seconds as `String(number)` writes them: no sign, no leading zero. */
const EXPIRES = /^[1-9]\d{0,11}$/;
const CUSTOMER_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** The query parameters of a link, each exactly once. */
const LINK_PARTS = ['customer', 'expires', 'sig'] as const;
/** Clocks of replicas drift a little; a link may claim at most this much more life than it was given. */
const CLOCK_SKEW_SECONDS = 60;

export interface DownloadLinkSettings {
  /** HMAC key, at least 32 bytes. */
  secret: Buffer;
  /** The gateway's public origin, e.g. https://api.example.be. */
  publicBaseUrl: URL;
  /** How long a link works. */
  ttlSeconds: number;
}

/** What a download request presents: the document in the path, the rest in the query. */
export interface PresentedLink {
  documentId: string;
  /** The customer the document is addressed to. */
  customerId: string;
  /** Unix seconds. */
  expires: number;
  signature: string;
}

export type LinkVerdict = 'valid' | 'invalid' | 'expired';

/** The caller a link is made for and must be presented by: role, token subject and office or customer. */
function holder(viewer: SignedIn): string[] {
  switch (viewer.role) {
    case 'customer':
      return ['customer', viewer.subject, viewer.customerId];
    case 'broker':
      return ['broker', viewer.subject, viewer.brokerId];
    case 'support':
      return ['support', viewer.subject, viewer.staffId];
  }
}

/**
 * Short-lived download links, signed with HMAC-SHA256 over the document, its addressee, the caller
 * and the expiry. A link is checked against the caller who presents it, so someone else's link
 * fails its signature like a tampered one. The signature only says the graph made this link for
 * this caller; whether the caller may still have the document is decided again at download.
 */
export class DownloadLinks {
  constructor(private readonly settings: DownloadLinkSettings) {
    if (settings.secret.length < 32) throw new Error('The download link secret must be at least 32 bytes.');
  }

  get ttlSeconds(): number {
    return this.settings.ttlSeconds;
  }

  /** The expiry of links made at `nowMs`, in unix seconds. */
  expiryFrom(nowMs: number): number {
    return Math.floor(nowMs / 1000) + this.settings.ttlSeconds;
  }

  urlFor(document: { id: string; customerId: string }, viewer: SignedIn, expires: number): string {
    const url = new URL(`documents/${encodeURIComponent(document.id)}`, this.settings.publicBaseUrl);
    url.searchParams.set('customer', document.customerId);
    url.searchParams.set('expires', String(expires));
    url.searchParams.set('sig', this.sign(document.id, document.customerId, viewer, expires));
    return url.toString();
  }

  /** The link in a request, or null when a part is missing or malformed. */
  static presented(documentId: string, query: URLSearchParams): PresentedLink | null {
    // A part given twice is not a link this graph made (which value would count?).
    if (LINK_PARTS.some((name) => query.getAll(name).length !== 1)) return null;
    const customerId = query.get('customer') ?? '';
    const expires = query.get('expires') ?? '';
    const signature = query.get('sig') ?? '';
    if (
      !documentId ||
      documentId.length > 200 ||
      !CUSTOMER_ID.test(customerId) ||
      !EXPIRES.test(expires) ||
      !SIGNATURE.test(signature)
    )
      return null;
    return { documentId, customerId, expires: Number(expires), signature };
  }

  verify(link: PresentedLink, viewer: SignedIn, nowMs: number): LinkVerdict {
    const expected = Buffer.from(this.sign(link.documentId, link.customerId, viewer, link.expires));
    const given = Buffer.from(link.signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
    const now = Math.floor(nowMs / 1000);
    // Only a link made with a longer TTL (or a leaked key) can claim more life than links are given.
    if (link.expires > now + this.settings.ttlSeconds + CLOCK_SKEW_SECONDS) return 'invalid';
    return link.expires < now ? 'expired' : 'valid';
  }

  private sign(documentId: string, customerId: string, viewer: SignedIn, expires: number): string {
    const message = JSON.stringify([LINK_VERSION, documentId, customerId, ...holder(viewer), expires]);
    return createHmac('sha256', this.settings.secret).update(message).digest('base64url');
  }
}
