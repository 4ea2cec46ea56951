import type { Counter } from 'prom-client';
import type { SigningKey } from '../../../platform/auth/signingKey';
import type { TokenAudience } from '../../../platform/auth/tokens';
import type { Database } from '../../../platform/database/Database';
import type { Logger } from '../../../platform/logger';
import type { CustomerMasterClient } from '../backend/CustomerMasterClient';
import type { KeyedHasher } from '../credentials/KeyedHasher';
import type { IdentitySettings } from '../settings';
import { AccountStore } from '../store/AccountStore';
import { AttemptLimiter } from '../store/AttemptLimiter';
import { ChallengeStore } from '../store/ChallengeStore';
import { LetterCodeStore } from '../store/LetterCodeStore';
import { SessionStore } from '../store/SessionStore';
import { ActivationFlow } from './ActivationFlow';
import { BackgroundTasks } from './BackgroundTasks';
import { IdentityProviderFlow } from './IdentityProviderFlow';
import { PasswordResetFlow } from './PasswordResetFlow';
import { PasswordSignInFlow } from './PasswordSignInFlow';
import { SessionIssuer } from './SessionIssuer';

export interface IdentityFlows {
  activation: ActivationFlow;
  passwordSignIn: PasswordSignInFlow;
  identityProvider: IdentityProviderFlow;
  passwordReset: PasswordResetFlow;
  sessions: SessionIssuer;
  background: BackgroundTasks;
  /** The zone's accounts, for what the graph reads of them (the consent to digital documents). */
  accounts: AccountStore;
}

export interface IdentityFlowParts {
  db: Database;
  master: CustomerMasterClient;
  hasher: KeyedHasher;
  signingKey: SigningKey;
  audience: TokenAudience;
  settings: IdentitySettings;
  passwordChecks: Counter;
  log: Logger;
}

/** Wires the stores into the flows once per process. */
export function createIdentityFlows({ db, master, hasher, signingKey, audience, settings, passwordChecks, log }: IdentityFlowParts): IdentityFlows {
  const accounts = new AccountStore(db);
  const letterCodes = new LetterCodeStore(db);
  const challenges = new ChallengeStore(db);
  const sessionStore = new SessionStore(db);
  const limiter = new AttemptLimiter(db, { maxFailures: settings.maxFailedAttempts, lockoutSeconds: settings.lockoutSeconds });
  const sessions = new SessionIssuer(sessionStore, hasher, signingKey, audience, settings);
  const background = new BackgroundTasks(log);
  return {
    activation: new ActivationFlow({ db, master, accounts, letterCodes, limiter, hasher, settings }),
    passwordSignIn: new PasswordSignInFlow({ master, accounts, challenges, limiter, hasher, issuer: sessions, settings, passwordChecks }),
    identityProvider: new IdentityProviderFlow({ master, accounts, issuer: sessions }),
    passwordReset: new PasswordResetFlow({ db, master, accounts, letterCodes, challenges, sessions: sessionStore, limiter, hasher, settings, background }),
    sessions,
    background,
    accounts,
  };
}
