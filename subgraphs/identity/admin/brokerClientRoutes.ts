import { z } from 'zod';
import { HttpError, sendJson, type Route } from '../../../platform/http';
import { requireLoopback } from '../../../platform/loopback';
import type { CustomerMasterClient } from '../backend/CustomerMasterClient';
import type { BrokerClient, BrokerClientStore } from '../store/BrokerClientStore';
import { adminBody } from './adminRequest';

export const BROKER_ID = /^B\d{5}$/;

const issueSchema = z.object({ brokerId: z.string().regex(BROKER_ID, 'a broker office id, e.g. B00001') }).strict();
const revokeSchema = z
  .object({ brokerId: z.string().regex(BROKER_ID).optional(), clientId: z.string().min(1).max(64).optional() })
  .strict()
  .refine((body) => (body.brokerId === undefined) !== (body.clientId === undefined), {
    message: 'give brokerId (every client of the office) or clientId',
  });

const describe = (client: BrokerClient) => ({
  clientId: client.clientId,
  brokerId: client.brokerId,
  createdAt: client.createdAt.toISOString(),
  lastUsedAt: client.lastUsedAt?.toISOString() ?? null,
  revokedAt: client.revokedAt?.toISOString() ?? null,
});

/**
 * Loopback-only admin routes behind `npm run broker-client`: issue client credentials for a broker
 * office (the secret is shown once), list them (never a secret), revoke one or all of an office's.
 */
export function brokerClientRoutes(clients: BrokerClientStore, master: CustomerMasterClient): Route[] {
  return [
    {
      method: 'POST',
      path: '/admin/broker-clients',
      handler: async ({ req, res }) => {
        const { brokerId } = await adminBody(req, issueSchema);
        const office = (await master.brokers([brokerId], 'admin-broker-client')).get(brokerId);
        if (!office)
          throw new HttpError(404, 'UNKNOWN_BROKER', `The customer master knows no broker office ${brokerId}.`);
        const { client, clientSecret } = await clients.issue(brokerId);
        sendJson(res, 201, { ...describe(client), clientSecret }, { 'cache-control': 'no-store' });
      },
    },
    {
      method: 'GET',
      path: '/admin/broker-clients',
      handler: async ({ req, res, url }) => {
        requireLoopback(req);
        const brokerId = url.searchParams.get('brokerId') ?? undefined;
        if (brokerId !== undefined && !BROKER_ID.test(brokerId))
          throw new HttpError(400, 'BAD_REQUEST', 'brokerId must be a broker office id, e.g. B00001.');
        sendJson(res, 200, (await clients.list(brokerId)).map(describe));
      },
    },
    {
      method: 'POST',
      path: '/admin/broker-clients/revoke',
      handler: async ({ req, res }) => {
        const body = await adminBody(req, revokeSchema);
        const revoked = body.clientId
          ? await clients.revoke(body.clientId)
          : await clients.revokeAllOf(body.brokerId ?? '');
        sendJson(res, 200, { revoked });
      },
    },
  ];
}
