import { randomBytes } from 'node:crypto';
import type { Viewer } from '../../../platform/auth/viewer';
import { redactForLog, scrubText } from '../../../platform/redaction';
import type { SignedIn } from '../access';
import { DownloadLinks, type PresentedLink } from '../links/DownloadLinks';

const an: SignedIn = { role: 'customer', subject: 'P00000001', customerId: 'P00000001' };
const luc: SignedIn = { role: 'customer', subject: 'P00000002', customerId: 'P00000002' };
const brokerUser: Extract<Viewer, { role: 'broker' }> = {
  role: 'broker',
  subject: 'broker-user-7',
  brokerId: 'B00001',
};
const document = { id: 'DL000000010-102-2025', customerId: 'P00000001' };
const NOW = Date.parse('2026-11-25T10:00:00Z');

describe('DownloadLinks', () => {
  const links = new DownloadLinks({
    secret: randomBytes(32),
    publicBaseUrl: new URL('https://api.example.be/graph/'),
    ttlSeconds: 300,
  });

  function presented(url: string): PresentedLink {
    const parsed = new URL(url);
    const link = DownloadLinks.presented(
      decodeURIComponent(parsed.pathname.split('/').pop() ?? ''),
      parsed.searchParams,
    );
    if (!link) throw new Error('the link does not parse');
    return link;
  }

  const linkFor = (viewer: SignedIn, expires = links.expiryFrom(NOW)): string =>
    links.urlFor(document, viewer, expires);

  it('makes a link on the public origin, under its path, for the document, its addressee and an expiry', () => {
    const url = new URL(linkFor(an));
    expect(url.origin).toBe('https://api.example.be');
    expect(url.pathname).toBe('/graph/documents/DL000000010-102-2025');
    expect(url.searchParams.get('customer')).toBe('P00000001');
    expect(Number(url.searchParams.get('expires'))).toBe(NOW / 1000 + 300);
    expect(url.searchParams.get('sig')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('accepts the link from the caller it was made for until it expires', () => {
    const link = presented(linkFor(an));
    expect(links.verify(link, an, NOW)).toBe('valid');
    expect(links.verify(link, an, NOW + 299_000)).toBe('valid');
    expect(links.verify(link, an, NOW + 301_000)).toBe('expired');
  });

  it.each([
    ['another customer', luc],
    ['the same broker user acting for another office', { ...brokerUser, brokerId: 'B00002' }],
    ['another user of the same office', { ...brokerUser, subject: 'broker-user-8' }],
    ['support staff', { role: 'support', subject: 'S1', staffId: 'S1' } as SignedIn],
  ])('refuses a link presented by %s', (_who, presenter) => {
    const made = brokerUser;
    expect(links.verify(presented(linkFor(made)), made, NOW)).toBe('valid');
    expect(links.verify(presented(linkFor(made)), presenter as SignedIn, NOW)).toBe('invalid');
  });

  it.each([
    ['the document', (link: PresentedLink) => ({ ...link, documentId: 'DL000000010-102-2024' })],
    ['the addressee', (link: PresentedLink) => ({ ...link, customerId: 'P00000002' })],
    ['the expiry', (link: PresentedLink) => ({ ...link, expires: link.expires + 60 })],
    [
      'one character of the signature',
      (link: PresentedLink) => ({
        ...link,
        signature: `${link.signature.slice(0, -1)}${link.signature.endsWith('A') ? 'B' : 'A'}`,
      }),
    ],
  ])('refuses a link whose %s was changed', (_part, change) => {
    expect(links.verify(change(presented(linkFor(an))), an, NOW)).toBe('invalid');
  });

  it('refuses a link signed with another key, and one claiming more life than links are given', () => {
    const other = new DownloadLinks({
      secret: randomBytes(32),
      publicBaseUrl: new URL('https://api.example.be/'),
      ttlSeconds: 300,
    });
    expect(links.verify(presented(other.urlFor(document, an, links.expiryFrom(NOW))), an, NOW)).toBe('invalid');
    // Signed with the right key, but expiring three hours out: no link of this configuration does.
    const farExpiry = NOW / 1000 + 3 * 3600;
    expect(links.verify(presented(links.urlFor(document, an, farExpiry)), an, NOW)).toBe('invalid');
    expect(links.verify(presented(links.urlFor(document, an, NOW / 1000 + 300 + 30)), an, NOW)).toBe('valid');
  });

  /** 43 characters `sign` could have written (the last one carries 2 zero bits). */
  const WELL_FORMED_SIG = `${'a'.repeat(42)}A`;
  it.each([
    ['no signature', 'customer=P00000001&expires=1795600000'],
    ['no expiry', `customer=P00000001&sig=${WELL_FORMED_SIG}`],
    ['an expiry that is not a number', `customer=P00000001&expires=soon&sig=${WELL_FORMED_SIG}`],
    ['an expiry with a leading zero', `customer=P00000001&expires=01795600000&sig=${WELL_FORMED_SIG}`],
    ['an expiry with a sign', `customer=P00000001&expires=%2B1795600000&sig=${WELL_FORMED_SIG}`],
    ['a signature of another length', 'customer=P00000001&expires=1795600000&sig=abc'],
    ['a padded signature', `customer=P00000001&expires=1795600000&sig=${WELL_FORMED_SIG}%3D`],
    [
      'a signature whose last character carries bits 32 bytes do not have',
      `customer=P00000001&expires=1795600000&sig=${'a'.repeat(43)}`,
    ],
    ['an addressee with other characters', `customer=P0%2F1&expires=1795600000&sig=${WELL_FORMED_SIG}`],
    ['a part given twice', `customer=P00000001&expires=1795600000&expires=1795600000&sig=${WELL_FORMED_SIG}`],
  ])('does not read a link with %s', (_case, query) => {
    expect(DownloadLinks.presented(document.id, new URLSearchParams(query))).toBeNull();
  });

  it('reads the well-formed spelling those cases differ from', () => {
    expect(
      DownloadLinks.presented(
        document.id,
        new URLSearchParams(`customer=P00000001&expires=1795600000&sig=${WELL_FORMED_SIG}`),
      ),
    ).toEqual({ documentId: document.id, customerId: 'P00000001', expires: 1795600000, signature: WELL_FORMED_SIG });
  });

  it('writes only signatures of that form', () => {
    for (let offset = 0; offset < 50; offset++)
      expect(new URL(linkFor(an, links.expiryFrom(NOW) + offset)).searchParams.get('sig')).toMatch(
        /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/,
      );
  });

  it('is scrubbed from anything logged: whole, as a path with its query, or as a field', () => {
    const url = linkFor(an);
    const { pathname, search } = new URL(url);
    const signature = new URL(url).searchParams.get('sig') as string;
    for (const logged of [
      scrubText(`fetching ${url} failed`),
      scrubText(`GET ${pathname}${search} 403`),
      JSON.stringify(redactForLog({ downloadUrl: url, context: { link: url } })),
    ]) {
      expect(logged).not.toContain(signature);
      expect(logged).not.toMatch(/expires=\d/);
    }
  });

  it('refuses a secret shorter than 32 bytes', () => {
    expect(
      () =>
        new DownloadLinks({
          secret: randomBytes(16),
          publicBaseUrl: new URL('https://api.example.be/'),
          ttlSeconds: 300,
        }),
    ).toThrow(/32 bytes/);
  });
});
