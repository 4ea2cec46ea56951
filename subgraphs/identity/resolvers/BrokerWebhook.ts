import { badUserInput } from '../../../platform/graphql/errors';
import { encodeFeedCursor } from '../feed/cursor';
import { MAX_ATTEMPTS_SHOWN } from '../feed/webhooks/brokerWebhooks';
import type {
  BrokerWebhookAttemptResolvers,
  BrokerWebhookOutcome,
  BrokerWebhookResolvers,
} from '../generated/resolvers';
import type { WebhookOutcome } from '../store/WebhookStore';

const OUTCOMES: Record<WebhookOutcome, BrokerWebhookOutcome> = {
  delivered: 'DELIVERED',
  'http-error': 'HTTP_ERROR',
  timeout: 'TIMEOUT',
  'connection-error': 'CONNECTION_ERROR',
};

/** Positions are feed positions; the client sees cursors, as in brokerChanges. */
export const BrokerWebhook: BrokerWebhookResolvers = {
  createdAt: (webhook) => webhook.createdAt.toISOString(),
  deliveredCursor: (webhook) => (webhook.deliveredPosition === 0 ? null : encodeFeedCursor(webhook.deliveredPosition)),
  lastDelivery: (webhook) => webhook.attempts[0] ?? null,
  nextAttemptAt: (webhook) =>
    webhook.deliveredPosition >= webhook.lastPosition ? null : webhook.nextAttemptAt.toISOString(),
  attempts(webhook, { first }) {
    const count = first ?? 20;
    if (!Number.isInteger(count) || count < 1 || count > MAX_ATTEMPTS_SHOWN)
      throw badUserInput(`first must be 1 to ${MAX_ATTEMPTS_SHOWN}.`, 'first');
    return webhook.attempts.slice(0, count);
  },
};

export const BrokerWebhookAttempt: BrokerWebhookAttemptResolvers = {
  attemptedAt: (attempt) => attempt.attemptedAt.toISOString(),
  firstCursor: (attempt) => encodeFeedCursor(attempt.firstPosition),
  lastCursor: (attempt) => encodeFeedCursor(attempt.lastPosition),
  outcome: (attempt) => OUTCOMES[attempt.outcome],
};
