import { badUserInput } from '../../../../platform/graphql/errors';
import type { WebhookStatus, WebhookStore } from '../../store/WebhookStore';
import type { WebhookSecretBox } from './secretBox';
import { newWebhookSecret } from './signature';
import { webhookUrlProblem } from './url';

/** Most attempts the status shows. */
export const MAX_ATTEMPTS_SHOWN = 50;

/** A registration's answer: the subscription and its secret, which is shown this once. */
export interface RegisteredWebhook {
  webhook: WebhookStatus;
  secret: string;
}

/** What the office's developers and the contact centre do with an office's webhook. */
export class BrokerWebhooks {
  constructor(
    private readonly store: WebhookStore,
    private readonly secrets: WebhookSecretBox,
    private readonly production: boolean,
  ) {}

  /** Registers (or replaces) the office's endpoint with a new secret; a URL it cannot take is BAD_USER_INPUT. */
  async register(brokerId: string, url: string): Promise<RegisteredWebhook> {
    const problem = webhookUrlProblem(url, this.production);
    if (problem) throw badUserInput(problem, 'url');
    const secret = newWebhookSecret();
    await this.store.register(brokerId, url, this.secrets.seal(secret, brokerId));
    const webhook = await this.store.status(brokerId, MAX_ATTEMPTS_SHOWN);
    if (!webhook) throw new Error('The webhook just registered is missing.');
    return { webhook, secret };
  }

  remove(brokerId: string): Promise<boolean> {
    return this.store.remove(brokerId);
  }

  /** The office's subscription with its latest attempts (at most MAX_ATTEMPTS_SHOWN), or undefined without one. */
  status(brokerId: string): Promise<WebhookStatus | undefined> {
    return this.store.status(brokerId, MAX_ATTEMPTS_SHOWN);
  }
}
