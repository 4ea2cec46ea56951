import type { Counter } from 'prom-client';
import type { AuditWriter } from '../../../platform/audit/AuditEntry';
import type { RevocationList } from '../../../platform/auth/revocations';
import type { SigningKey } from '../../../platform/auth/signingKey';
import type { TokenAudience } from '../../../platform/auth/tokens';
import type { Database } from '../../../platform/database/Database';
import type { Logger } from '../../../platform/logger';
import type { CustomerMasterClient } from '../backend/CustomerMasterClient';
import type { PortfolioPageModel } from '../model';
import { readPortfolioPage, type PortfolioRequest } from '../portfolio/portfolioPage';
import type { KeyedHasher } from '../credentials/KeyedHasher';
import type { IdentitySettings } from '../config';
import { AccountStore } from '../store/AccountStore';
import { AttemptLimiter } from '../store/AttemptLimiter';
import { BrokerClientStore } from '../store/BrokerClientStore';
import { ChallengeStore } from '../store/ChallengeStore';
import { BrokerFeedStore } from '../store/BrokerFeedStore';
import { WebhookStore } from '../store/WebhookStore';
import { BrokerWebhooks } from '../feed/webhooks/brokerWebhooks';
import { undiciPoster } from '../feed/webhooks/post';
import type { WebhookSecretBox } from '../feed/webhooks/secretBox';
import { WebhookDeliverer } from '../feed/webhooks/WebhookDeliverer';
import { matchingCustomerIds, type CustomerLookup } from '../support/customerLookup';
import { SupportActions } from '../support/supportActions';
import { takePaperDecisions } from '../feed/paperDecisions';
import type { PaperDecision } from '../../../platform/paperDecisionFeed';
import { ContactChangeStore } from '../store/ContactChangeStore';
import { LetterCodeStore } from '../store/LetterCodeStore';
import { SessionStore } from '../store/SessionStore';
import { StaffStore } from '../store/StaffStore';
import { ActivationFlow } from './ActivationFlow';
import { BackgroundTasks } from './BackgroundTasks';
import { ContactChangeApplier } from './ContactChangeApplier';
import { ContactChangeFlow } from './ContactChangeFlow';
import { ContactChangeNotices } from './ContactChangeNotices';
import { ContactChangeRedriver } from './ContactChangeRedriver';
import { IdentityProviderFlow } from './IdentityProviderFlow';
import { PasswordResetFlow } from './PasswordResetFlow';
import { OneTimeCodes } from './OneTimeCodes';
import { PasswordSignInFlow } from './PasswordSignInFlow';
import { SessionIssuer } from './SessionIssuer';
import { StaffSignInFlow } from './StaffSignInFlow';

export interface IdentityFlows {
  activation: ActivationFlow;
  passwordSignIn: PasswordSignInFlow;
  identityProvider: IdentityProviderFlow;
  passwordReset: PasswordResetFlow;
  sessions: SessionIssuer;
  background: BackgroundTasks;
  /** The zone's accounts, for what the graph reads of them (the consent to digital documents). */
  accounts: AccountStore;
  contactChange: ContactChangeFlow;
  /** Sends contact changes left unfinished (a crash, the master unavailable) to the master again: at start, then periodically. */
  contactChangeRedriver: ContactChangeRedriver;
  /** The contact changes and their broker events, for the contact centre. */
  contactChanges: ContactChangeStore;
  staffSignIn: StaffSignInFlow;
  /** Contact-centre staff accounts (admin routes). */
  staff: StaffStore;
  /** Brokers' systems' OAuth clients (admin routes, token endpoint). */
  brokerClients: BrokerClientStore;
  /** One page of a broker office's portfolio from the customer master. */
  portfolio(brokerId: string, request: PortfolioRequest, requestId: string): Promise<PortfolioPageModel>;
  /** Each broker office's feed of the changes it must learn of, and its acknowledgements. */
  brokerFeeds: BrokerFeedStore;
  /** Each broker office's webhook: registering, removing, its status. */
  brokerWebhooks: BrokerWebhooks;
  /** Posts the offices' feeds to their webhooks: started with the server, one per process. */
  webhookDeliverer: WebhookDeliverer;
  /** The documents subgraph's paper-delivery decisions, into the offices' feeds: the ids taken. */
  paperDecisions(decisions: readonly PaperDecision[], requestId: string): Promise<string[]>;
  /** The contact centre's exact-match lookup: the ids of the customers matching what the customer told. */
  matchingCustomers(lookup: CustomerLookup, requestId: string): Promise<string[]>;
  /** The contact centre's actions on a customer's registration and sign-in: resending a code, lifting lockouts. */
  supportActions: SupportActions;
}

export interface IdentityFlowParts {
  db: Database;
  master: CustomerMasterClient;
  hasher: KeyedHasher;
  signingKey: SigningKey;
  audience: TokenAudience;
  settings: IdentitySettings;
  /** Where ended sessions' access tokens are revoked: the list every verifier checks. */
  revocations: RevocationList;
  passwordChecks: Counter;
  log: Logger;
  /** Evicts a customer's cached record after a change (the shared RecordCache.invalidate). */
  evictCustomer: (customerId: string) => Promise<unknown>;
  /** Production takes webhook addresses in https only. */
  production: boolean;
  /** Seals the webhook secrets identity stores. */
  webhookSecrets: WebhookSecretBox;
  /** Where webhook deliveries are recorded as the offices' reads (identity's own trail). */
  audit: AuditWriter;
}

/** Wires the stores into the flows once per process. */
export function createIdentityFlows({
  db,
  master,
  hasher,
  signingKey,
  audience,
  settings,
  revocations,
  passwordChecks,
  log,
  evictCustomer,
  production,
  webhookSecrets,
  audit,
}: IdentityFlowParts): IdentityFlows {
  const accounts = new AccountStore(db);
  const letterCodes = new LetterCodeStore(db);
  const challenges = new ChallengeStore(db);
  const sessionStore = new SessionStore(db);
  const limiter = new AttemptLimiter(db, {
    maxFailures: settings.maxFailedAttempts,
    lockoutSeconds: settings.lockoutSeconds,
  });
  const sessions = new SessionIssuer(sessionStore, hasher, signingKey, audience, settings, revocations);
  const background = new BackgroundTasks(log);
  const codes = new OneTimeCodes({ challenges, limiter, hasher, master, settings });
  const brokerFeeds = new BrokerFeedStore(db);
  const contactChanges = new ContactChangeStore(db, brokerFeeds);
  const webhooks = new WebhookStore(db);
  const webhookDeliverer = new WebhookDeliverer({
    webhooks,
    feeds: brokerFeeds,
    secrets: webhookSecrets,
    poster: undiciPoster(settings.webhookTimeoutMs),
    audit,
    log,
    settings: {
      pollMs: settings.webhookPollMs,
      timeoutMs: settings.webhookTimeoutMs,
      concurrency: settings.webhookConcurrency,
      batchSize: settings.webhookBatchSize,
      retry: { baseMs: settings.webhookRetryBaseMs, capMs: settings.webhookRetryCapSeconds * 1000 },
      failingAfterSeconds: settings.webhookFailingAfterSeconds,
    },
  });
  const applier = new ContactChangeApplier({
    master,
    events: contactChanges,
    evictCustomer,
    log,
    onFeedAppended: () => webhookDeliverer.kick(),
  });
  const staff = new StaffStore(db);
  const activation = new ActivationFlow({ db, master, accounts, letterCodes, limiter, hasher, settings, background });
  return {
    activation,
    passwordSignIn: new PasswordSignInFlow({
      master,
      accounts,
      codes,
      limiter,
      hasher,
      issuer: sessions,
      settings,
      passwordChecks,
    }),
    identityProvider: new IdentityProviderFlow({ master, accounts, issuer: sessions }),
    passwordReset: new PasswordResetFlow({
      db,
      master,
      accounts,
      letterCodes,
      challenges,
      sessions: sessionStore,
      issuer: sessions,
      limiter,
      hasher,
      settings,
      background,
    }),
    sessions,
    background,
    accounts,
    contactChange: new ContactChangeFlow({
      db,
      master,
      accounts,
      codes,
      sessions: sessionStore,
      issuer: sessions,
      events: contactChanges,
      applier,
      notices: new ContactChangeNotices(master),
      settings,
    }),
    contactChangeRedriver: new ContactChangeRedriver({
      events: contactChanges,
      applier,
      log,
      leaseSeconds: settings.contactChangeLeaseSeconds,
      intervalMs: settings.contactChangeRedriveSeconds * 1000,
    }),
    contactChanges,
    staffSignIn: new StaffSignInFlow({ staff, codes, limiter, hasher, signingKey, audience, settings }),
    staff,
    brokerClients: new BrokerClientStore(db),
    portfolio: (brokerId, request, requestId) => readPortfolioPage(master, brokerId, request, requestId),
    brokerFeeds,
    brokerWebhooks: new BrokerWebhooks(webhooks, webhookSecrets, production),
    webhookDeliverer,
    paperDecisions: (decisions, requestId) =>
      takePaperDecisions(
        decisions,
        { master, feeds: brokerFeeds, onFeedAppended: () => webhookDeliverer.kick() },
        requestId,
      ),
    matchingCustomers: (lookup, requestId) => matchingCustomerIds(lookup, { master, accounts }, requestId),
    supportActions: new SupportActions({ db, accounts, limiter, codes, hasher, activation }),
  };
}
