import { startSystem, type RunningSystem } from '../../../test-support/system';
import { AN, ask, atGateway, BROKER_AN_LIFE_AND_MOTOR, download, signedLink, SUPPORT, tokenFor } from './support';

/** An Tax certificate of L000000010 (2025), which An and the broker of the contract may download. */
const PENSION = { id: 'DL000000010-102-2025', customerId: AN.id };

/** The link with its query rewritten as given (the document's path kept). */
function withQuery(link: string, query: string): string {
  const url = new URL(link);
  return `${url.origin}${url.pathname}?${query}`;
}

describe.each([{ production: false }, { production: true }])(
  'download requests beyond a plain GET of a well-formed link (production: $production)',
  ({ production }) => {
    let system: RunningSystem;

    beforeAll(async () => {
      system = await startSystem({ gateway: { production } });
    });
    afterAll(async () => {
      await system.stop();
    });

    it('answers HEAD on a download link with 405, without reading the archive or recording an access', async () => {
      const link = signedLink(system, PENSION, BROKER_AN_LIFE_AND_MOTOR);
      system.resetCounters();
      const response = await fetch(atGateway(system, link), {
        method: 'HEAD',
        headers: { authorization: `Bearer ${await tokenFor(system, BROKER_AN_LIFE_AND_MOTOR)}` },
      });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, OPTIONS');
      expect(response.headers.get('content-disposition')).toBeNull();
      expect(system.backends.documentArchive.counters.snapshot().total).toBe(0);
      expect(system.backends.customerMaster.counters.snapshot().total).toBe(0);

      const trail = await ask(
        system,
        SUPPORT,
        `{ auditRecords(customerId: "${AN.id}", first: 100) { actorRole action resource } }`,
      );
      expect(trail.body.errors).toBeUndefined();
      expect(trail.body.data?.['auditRecords']).not.toContainEqual(
        expect.objectContaining({ resource: 'DocumentContent' }),
      );
    });

    it('still serves the GET of the same link', async () => {
      const answer = await download(system, signedLink(system, PENSION, AN), AN);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('application/pdf');
    });

    it.each([
      [
        'an expiry with a leading zero',
        (customer: string, expires: string, sig: string) => `customer=${customer}&expires=0${expires}&sig=${sig}`,
      ],
      [
        'the signature given twice',
        (customer: string, expires: string, sig: string) =>
          `customer=${customer}&expires=${expires}&sig=${sig}&sig=${sig}`,
      ],
      [
        'the expiry given twice',
        (customer: string, expires: string, sig: string) =>
          `customer=${customer}&expires=${expires}&expires=${expires}&sig=${sig}`,
      ],
      [
        'the addressee given twice',
        (customer: string, expires: string, sig: string) =>
          `customer=${customer}&customer=${customer}&expires=${expires}&sig=${sig}`,
      ],
    ])('refuses a correctly signed link spelled with %s: 403 LINK_INVALID', async (_spelling, rewrite) => {
      const link = signedLink(system, PENSION, AN);
      const query = new URL(link).searchParams;
      const respelled = withQuery(
        link,
        rewrite(query.get('customer') ?? '', query.get('expires') ?? '', query.get('sig') ?? ''),
      );
      const answer = await download(system, respelled, AN);
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.bytes.toString('utf8'))).toEqual({
        error: { code: 'LINK_INVALID', message: 'This download link is not valid; ask for the document again.' },
      });
    });
  },
);
