import { request, type Dispatcher } from 'undici';
import { HttpError, sendJson, type Route } from '../../platform/http';

const SHOWN = 10;

interface OutboxEntry {
  id: string;
  sentAt: string;
  [field: string]: unknown;
}

async function outbox(url: URL, agent: Dispatcher): Promise<OutboxEntry[]> {
  const answer = await request(url, { dispatcher: agent, headersTimeout: 5_000, bodyTimeout: 5_000 });
  if (answer.statusCode !== 200) throw new Error(`outbox answered ${answer.statusCode}`);
  return ((await answer.body.json()) as OutboxEntry[]).slice(-SHOWN).reverse();
}

/**
 * Development only (never mounted in production): what the mocked SMS and postal gateways were
 * given, newest first, so a person can read an activation code or SMS code and sign in by hand.
 */
export function devOutboxRoute(customerMasterOrigin: string, agent: Dispatcher): Route {
  return {
    method: 'GET',
    path: '/dev/outbox',
    handler: async ({ res }) => {
      let sms: OutboxEntry[];
      let letters: OutboxEntry[];
      try {
        [sms, letters] = await Promise.all([
          outbox(new URL('/admin/sms/outbox', customerMasterOrigin), agent),
          outbox(new URL('/admin/post/outbox', customerMasterOrigin), agent),
        ]);
      } catch {
        throw new HttpError(503, 'GATEWAY_UNAVAILABLE', 'The mocked SMS and postal gateways do not answer.');
      }
      sendJson(
        res,
        200,
        {
          sms: sms.map(({ id, sentAt, to, text }) => ({ id, sentAt, to, text })),
          letters: letters.map(({ id, sentAt, partyId, kind, lines }) => ({ id, sentAt, partyId, kind, lines })),
        },
        { 'cache-control': 'no-store' },
      );
    },
  };
}
