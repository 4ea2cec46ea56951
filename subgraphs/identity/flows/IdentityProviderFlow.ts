import type { CustomerMasterClient } from '../backend/CustomerMasterClient';
import { toCustomer, toProviderAssertion } from '../backend/mapper';
import type {
  IdentityProvider,
  IdentityProviderResult,
  RegisterWithIdentityProviderInput,
  SignInWithIdentityProviderInput,
} from '../generated/resolvers';
import { problems } from '../problems';
import type { Account, AccountStore } from '../store/AccountStore';
import { isAuthorizationCodeFormat } from '../validation';
import type { FlowCall } from './call';
import { onePerson, providerMatches } from './personMatching';
import type { SessionIssuer } from './SessionIssuer';

export interface IdentityProviderFlowParts {
  master: CustomerMasterClient;
  accounts: AccountStore;
  issuer: SessionIssuer;
}

const PROVIDER_PATH = { ITSME: 'itsme', EID: 'eid' } as const;

type Identified =
  { outcome: 'identified'; customerId: string } | { outcome: 'problem'; result: IdentityProviderResult };

/**
 * itsme and the Belgian eID (docs/requirements.md §1.1): the provider's authorization code is exchanged for
 * what it asserts, and the customer is matched in the customer master by national register
 * number (the failures of docs/requirements.md §1.3 otherwise), directly rather than through the record cache (see
 * ActivationFlow). The provider's sign-in is itself multi-factor, so the session follows at once.
 */
export class IdentityProviderFlow {
  constructor(private readonly parts: IdentityProviderFlowParts) {}

  async register(input: RegisterWithIdentityProviderInput, call: FlowCall): Promise<IdentityProviderResult> {
    // Checked before the exchange, which spends the single-use code.
    if (!input.consentToDigitalDocuments) return problems(call).consentRequired();
    const identified = await this.identify(input.provider, input.authorizationCode, call);
    if (identified.outcome === 'problem') return identified.result;
    const account = await this.parts.accounts.ensureForIdentityProvider(identified.customerId, input.provider);
    call.log.info(
      { customerId: account.customerId, provider: input.provider },
      'registered or signed in with an identity provider',
    );
    return this.parts.issuer.start(account, input.provider);
  }

  async signIn(input: SignInWithIdentityProviderInput, call: FlowCall): Promise<IdentityProviderResult> {
    const identified = await this.identify(input.provider, input.authorizationCode, call);
    if (identified.outcome === 'problem') return identified.result;
    const account: Account | undefined = await this.parts.accounts.byCustomer(identified.customerId);
    if (!account) return problems(call).notRegistered();
    call.log.info({ customerId: account.customerId, provider: input.provider }, 'signed in with an identity provider');
    return this.parts.issuer.start(account, input.provider);
  }

  private async identify(provider: IdentityProvider, authorizationCode: string, call: FlowCall): Promise<Identified> {
    const p = problems(call);
    if (!isAuthorizationCodeFormat(authorizationCode))
      return { outcome: 'problem', result: p.providerSignInFailed(provider) };
    const exchange = await this.parts.master.exchangeAuthorizationCode(
      PROVIDER_PATH[provider],
      authorizationCode,
      call.requestId,
    );
    if (exchange.outcome === 'rejected') return { outcome: 'problem', result: p.providerSignInFailed(provider) };
    const assertion = toProviderAssertion(exchange.userinfo);
    const candidates = await this.parts.master.searchByNationalRegisterNumber(
      assertion.nationalRegisterNumber,
      call.requestId,
    );
    const match = onePerson(candidates.map(toCustomer));
    if (match.outcome === 'not-found') return { outcome: 'problem', result: p.personNotFound() };
    if (match.outcome === 'several') return { outcome: 'problem', result: p.personFoundSeveralTimes() };
    if (!providerMatches(match.person, assertion)) return { outcome: 'problem', result: p.dataMismatch() };
    return { outcome: 'identified', customerId: match.person.id };
  }
}
