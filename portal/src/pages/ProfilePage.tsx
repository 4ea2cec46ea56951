import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  ChangeContactDetailsDocument,
  MyProfileDocument,
  RequestContactChangeCodeDocument,
  type ChangeContactDetailsMutation,
  type ContactDetailsInput,
  type MyProfileQuery,
  type RequestContactChangeCodeMutation,
} from '../../../operations/generated/graphql';
import { AnswerNotices, LoadFailed, Loading } from '../components/AnswerNotices';
import { formatDate } from '../components/format';
import {
  ProblemMessage,
  RequestFailed,
  asProblem,
  fieldProps,
  formatDateTime,
  formatTime,
} from '../components/ProblemMessage';
import { useLanguage, useT } from '../i18n/i18n';
import type { Language } from '../i18n/language';
import { common } from '../i18n/messages/common';
import { profile as texts } from '../i18n/messages/account';
import { signOut } from '../session/session';
import { announceOnSignIn } from './SignInPage';
import './account.css';

type Me = NonNullable<MyProfileQuery['me']>;
type Address = Me['contact']['postalAddress'];
type CodeAnswer = RequestContactChangeCodeMutation['requestContactChangeCode'];
type ChangeAnswer = ChangeContactDetailsMutation['changeContactDetails'];
type Challenge = Extract<CodeAnswer, { __typename: 'OneTimeCodeSent' }>;
type Changed = Extract<ChangeAnswer, { __typename: 'ContactDetailsChanged' }>;

const PROBLEM_ID = 'contact-change-problem';

/** A Belgian mobile number in E.164 as it is written, e.g. +32 470 12 34 56. */
function formatPhone(value: string | null | undefined): string {
  if (!value) return '–';
  const mobile = /^\+32(4\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (mobile) return `+32 ${mobile.slice(1).join(' ')}`;
  const fixed = /^\+32(\d)(\d{3})(\d{2})(\d{2})$/.exec(value);
  return fixed ? `+32 ${fixed.slice(1).join(' ')}` : value;
}

function countryName(language: Language, country: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(country) ?? country;
  } catch {
    return country;
  }
}

function AddressLines({ address }: { address: Address }) {
  const t = useT(texts);
  const { language } = useLanguage();
  return (
    <>
      {address.street} {address.houseNumber}
      {address.box ? ` ${t('box')} ${address.box}` : ''}
      <br />
      {address.postalCode} {address.municipality}
      {address.country !== 'BE' && (
        <>
          <br />
          {countryName(language, address.country)}
        </>
      )}
    </>
  );
}

/**
 * The customer's profile (identity, contact details, broker offices, registration) and the change
 * of contact details, confirmed with a code sent by SMS to the number on file
 * (docs/requirements.md §4.1–§4.5).
 */
export function ProfilePage() {
  const t = useT(texts);
  const tc = useT(common);
  const { language } = useLanguage();
  const { data, error, loading, refetch } = useQuery(MyProfileDocument);
  const me = data?.me;

  if (loading && !data) return <Loading />;
  if (!me)
    return (
      <>
        <h1>{t('title')}</h1>
        <AnswerNotices operation="MyProfile" error={error} />
        <LoadFailed retry={() => void refetch()} />
      </>
    );

  const registration = me.registration;
  return (
    <div className="account-page profile-page">
      <h1>{t('title')}</h1>
      <AnswerNotices operation="MyProfile" error={error} />

      <section className="card" data-testid="profile-person">
        <h2 id="profile-person">{t('person')}</h2>
        <dl className="facts">
          <dt>{t('name')}</dt>
          <dd data-testid="profile-name">
            {me.firstName} {me.lastName}
          </dd>
          <dt>{t('birthDate')}</dt>
          <dd>{formatDate(language, me.birthDate)}</dd>
          <dt>{t('nationalRegisterNumber')}</dt>
          <dd>{me.nationalRegisterNumber}</dd>
          <dt>{t('preferredLanguage')}</dt>
          <dd>{t(`language_${me.preferredLanguage}`)}</dd>
        </dl>
        <p className="hint">{t('personHint')}</p>
      </section>

      <section className="card" data-testid="profile-contact">
        <h2 id="profile-contact">{t('contact')}</h2>
        <dl className="facts">
          <dt>{t('email')}</dt>
          <dd data-testid="profile-email">{me.contact.email ?? t('none')}</dd>
          <dt>{t('mobile')}</dt>
          <dd data-testid="profile-mobile">{me.contact.mobile ? formatPhone(me.contact.mobile) : t('none')}</dd>
          <dt>{t('postalAddress')}</dt>
          <dd data-testid="profile-address">
            <AddressLines address={me.contact.postalAddress} />
          </dd>
        </dl>
      </section>

      <ContactChange me={me} />

      <section className="card" data-testid="profile-brokers">
        <h2 id="profile-brokers">{t('brokers')}</h2>
        <p>{t('brokersIntro')}</p>
        {me.brokers === null ? (
          <p className="notice notice-warning">{tc('sectionUnavailable')}</p>
        ) : me.brokers.length === 0 ? (
          <p>{t('noBrokers')}</p>
        ) : (
          <ul className="plain-list">
            {me.brokers.map((broker) => (
              <li key={broker.id} className="broker">
                <h3>{broker.name}</h3>
                <dl className="facts">
                  <dt>{t('brokerEmail')}</dt>
                  <dd>
                    <a href={`mailto:${broker.contact.email}`}>{broker.contact.email}</a>
                  </dd>
                  <dt>{t('brokerPhone')}</dt>
                  <dd>
                    <a href={`tel:${broker.contact.phone}`}>{formatPhone(broker.contact.phone)}</a>
                  </dd>
                  <dt>{t('brokerAddress')}</dt>
                  <dd>
                    <AddressLines address={broker.contact.postalAddress} />
                  </dd>
                  <dt>{t('fsmaNumber')}</dt>
                  <dd>{broker.fsmaNumber}</dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" data-testid="profile-registration">
        <h2 id="profile-registration">{t('registration')}</h2>
        {registration === null ? (
          <p className="notice notice-warning">{tc('sectionUnavailable')}</p>
        ) : (
          <dl className="facts">
            <dt>{t('registrationStatus')}</dt>
            <dd>{t(`registration_${registration.status}`)}</dd>
            {registration.registeredWith && (
              <>
                <dt>{t('registeredWith')}</dt>
                <dd>{t(`wayIn_${registration.registeredWith}`)}</dd>
              </>
            )}
            {registration.registeredAt && (
              <>
                <dt>{t('registeredAt')}</dt>
                <dd>{formatDate(language, registration.registeredAt)}</dd>
              </>
            )}
            <dt>{t('passwordSignIn')}</dt>
            <dd>
              {registration.passwordSignIn
                ? t('passwordSignInYes', { email: registration.signInEmail ?? '–' })
                : t('passwordSignInNo')}
            </dd>
            <dt>{t('lastSignIn')}</dt>
            <dd>{registration.lastSignInAt ? formatDateTime(language, registration.lastSignInAt) : t('never')}</dd>
          </dl>
        )}
      </section>
    </div>
  );
}

/** The change of e-mail address, mobile number and/or postal address, in two steps. */
function ContactChange({ me }: { me: Me }) {
  const t = useT(texts);
  const { language } = useLanguage();
  const client = useApolloClient();

  const [email, setEmail] = useState('');
  const [mobile, setMobile] = useState('');
  const [street, setStreet] = useState('');
  const [houseNumber, setHouseNumber] = useState('');
  const [box, setBox] = useState('');
  const [postalCode, setPostalCode] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [code, setCode] = useState('');

  const [pending, setPending] = useState<ContactDetailsInput | null>(null);
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [answer, setAnswer] = useState<CodeAnswer | ChangeAnswer | null>(null);
  const [changed, setChanged] = useState<Changed | null>(null);
  const [failed, setFailed] = useState(false);

  const [requestCode, requestState] = useMutation(RequestContactChangeCodeDocument);
  const [changeDetails, changeState] = useMutation(ChangeContactDetailsDocument);
  const busy = requestState.loading || changeState.loading;

  const details = (): ContactDetailsInput => {
    const next: ContactDetailsInput = {};
    if (email.trim()) next.email = email.trim();
    if (mobile.trim()) next.mobile = mobile.trim();
    if ([street, houseNumber, box, postalCode, municipality].some((part) => part.trim()))
      next.postalAddress = {
        street: street.trim(),
        houseNumber: houseNumber.trim(),
        ...(box.trim() ? { box: box.trim() } : {}),
        postalCode: postalCode.trim(),
        municipality: municipality.trim(),
        country: 'BE',
      };
    return next;
  };

  const sendCode = async (input: ContactDetailsInput) => {
    setFailed(false);
    setAnswer(null);
    try {
      const { data } = await requestCode({ variables: { input } });
      if (!data) {
        setFailed(true);
        return;
      }
      const result = data.requestContactChangeCode;
      if (result.__typename === 'OneTimeCodeSent') {
        setPending(input);
        setChallenge(result);
        setCode('');
      } else {
        setAnswer(result);
      }
    } catch {
      setFailed(true);
    }
  };

  const submitDetails = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChanged(null);
    void sendCode(details());
  };

  const backToDetails = () => {
    setPending(null);
    setChallenge(null);
    setCode('');
  };

  const submitCode = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending || !challenge) return;
    setFailed(false);
    setAnswer(null);
    try {
      const { data } = await changeDetails({
        variables: {
          input: {
            details: pending,
            confirmation: { challengeId: challenge.challengeId, code: code.replace(/\s/g, '') },
          },
        },
      });
      if (!data) {
        setFailed(true);
        return;
      }
      const result = data.changeContactDetails;
      if (result.__typename === 'ContactDetailsChanged') {
        setChanged(result);
        backToDetails();
        for (const clear of [setEmail, setMobile, setStreet, setHouseNumber, setBox, setPostalCode, setMunicipality])
          clear('');
        return;
      }
      setAnswer(result);
      const detailsField =
        result.__typename === 'InvalidInput' && result.field !== 'code' && result.field !== 'challengeId';
      const codeUsedUp =
        result.__typename === 'EmailInUse' ||
        result.__typename === 'LockedOut' ||
        result.__typename === 'OneTimeCodeRequired' ||
        (result.__typename === 'CodeRejected' && result.attemptsLeft === null);
      // Back to the details: the code no longer works, or a detail has to be corrected first.
      if (detailsField || codeUsedUp) backToDetails();
    } catch {
      setFailed(true);
    }
  };

  // The signed-in routes send the customer to sign in (and back here after); the sign-in page
  // says why.
  const signInAgain = async () => {
    announceOnSignIn('contactChanged');
    await signOut();
    await client.clearStore();
  };

  const problem = asProblem(answer);
  const labels: Record<string, string> = {
    details: t('detailsAtLeastOne'),
    email: t('newEmail'),
    mobile: t('newMobile'),
    'postalAddress.street': t('street'),
    'postalAddress.houseNumber': t('houseNumber'),
    'postalAddress.box': t('box'),
    'postalAddress.postalCode': t('postalCode'),
    'postalAddress.municipality': t('municipality'),
    'postalAddress.country': t('postalAddress'),
    code: t('code'),
    challengeId: t('code'),
  };
  const field = (name: string, hintId?: string) => fieldProps(problem, PROBLEM_ID, name, hintId);

  return (
    <section className="card" data-testid="contact-change">
      <h2 id="profile-change">{t('changeTitle')}</h2>
      {!challenge || !pending ? (
        <form onSubmit={submitDetails} noValidate data-testid="contact-change-form">
          <p>{t('changeIntro')}</p>
          <p className="hint" id="change-sms-hint">
            {me.contact.mobile ? t('changeSmsTo', { number: formatPhone(me.contact.mobile) }) : t('changeNoMobile')}
          </p>
          <div className="field">
            <label htmlFor="new-email-input">{t('newEmail')}</label>
            <span className="hint" id="new-email-hint">
              {t('newEmailHint')}
            </span>
            <input
              id="new-email-input"
              type="email"
              name="email"
              autoComplete="email"
              inputMode="email"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              {...field('email', 'new-email-hint')}
            />
          </div>
          <div className="field">
            <label htmlFor="new-mobile-input">{t('newMobile')}</label>
            <span className="hint" id="new-mobile-hint">
              {t('newMobileHint')}
            </span>
            <input
              id="new-mobile-input"
              type="tel"
              name="mobile"
              autoComplete="tel"
              inputMode="tel"
              value={mobile}
              onChange={(event) => setMobile(event.target.value)}
              {...field('mobile', 'new-mobile-hint')}
            />
          </div>
          <fieldset className="address-fields" aria-describedby="new-address-hint">
            <legend>{t('newAddress')}</legend>
            <p className="hint" id="new-address-hint">
              {t('newAddressHint')}
            </p>
            <label className="field-street">
              {t('street')}
              <input
                type="text"
                name="street"
                autoComplete="address-line1"
                value={street}
                onChange={(event) => setStreet(event.target.value)}
                {...field('postalAddress.street')}
              />
            </label>
            <label className="field-short">
              {t('houseNumber')}
              <input
                type="text"
                name="houseNumber"
                autoComplete="off"
                value={houseNumber}
                onChange={(event) => setHouseNumber(event.target.value)}
                {...field('postalAddress.houseNumber')}
              />
            </label>
            <label className="field-short">
              {t('boxOptional')}
              <input
                type="text"
                name="box"
                autoComplete="off"
                value={box}
                onChange={(event) => setBox(event.target.value)}
                {...field('postalAddress.box')}
              />
            </label>
            <label className="field-short">
              {t('postalCode')}
              <input
                type="text"
                name="postalCode"
                autoComplete="postal-code"
                inputMode="numeric"
                maxLength={4}
                value={postalCode}
                onChange={(event) => setPostalCode(event.target.value)}
                {...field('postalAddress.postalCode')}
              />
            </label>
            <label className="field-street">
              {t('municipality')}
              <input
                type="text"
                name="municipality"
                autoComplete="address-level2"
                value={municipality}
                onChange={(event) => setMunicipality(event.target.value)}
                {...field('postalAddress.municipality')}
              />
            </label>
          </fieldset>
          <div className="actions">
            <button type="submit" disabled={busy} aria-describedby="change-sms-hint">
              {requestState.loading ? t('working') : t('sendCode')}
            </button>
          </div>
        </form>
      ) : (
        <form onSubmit={(event) => void submitCode(event)} noValidate data-testid="contact-code-form">
          <h3>{t('confirmTitle')}</h3>
          <dl className="facts" data-testid="pending-change">
            {pending.email && (
              <>
                <dt>{t('newEmail')}</dt>
                <dd>{pending.email}</dd>
              </>
            )}
            {pending.mobile && (
              <>
                <dt>{t('newMobile')}</dt>
                <dd>{pending.mobile}</dd>
              </>
            )}
            {pending.postalAddress && (
              <>
                <dt>{t('newAddress')}</dt>
                <dd>
                  <AddressLines
                    address={{
                      __typename: 'PostalAddress',
                      ...pending.postalAddress,
                      box: pending.postalAddress.box ?? null,
                      country: 'BE',
                    }}
                  />
                </dd>
              </>
            )}
          </dl>
          {(pending.email || pending.mobile) && <p className="hint">{t('signOutWarning')}</p>}
          <p className="notice notice-info" role="status" id="contact-code-sent">
            {t('codeSent', { number: challenge.maskedMobileNumber, time: formatTime(language, challenge.validUntil) })}
          </p>
          <label>
            {t('code')}
            <input
              type="text"
              name="code"
              autoComplete="one-time-code"
              inputMode="numeric"
              pattern="[0-9]*"
              maxLength={6}
              required
              value={code}
              onChange={(event) => setCode(event.target.value)}
              {...field('code', 'contact-code-sent')}
            />
          </label>
          <div className="actions">
            <button type="submit" disabled={busy}>
              {changeState.loading ? t('working') : t('confirm')}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => void sendCode(pending)}>
              {t('sendNewCode')}
            </button>
            <button type="button" className="secondary" onClick={backToDetails}>
              {t('editDetails')}
            </button>
          </div>
        </form>
      )}

      <div data-testid="result" aria-live="polite">
        {failed && <RequestFailed />}
        {problem && (
          <ProblemMessage
            problem={problem}
            id={PROBLEM_ID}
            fieldLabels={labels}
            note={problem.code === 'EMAIL_IN_USE' ? t('emailInUseNext') : undefined}
          />
        )}
        {changed && (
          <div className="notice notice-info" role="status" data-testid="contact-changed" data-status={changed.status}>
            <p className="problem-title">{t(`changeStatus_${changed.status}`)}</p>
            <p>{changed.message}</p>
            <p>
              {t('changedFields', {
                fields: changed.changedFields.map((name) => t(`contactField_${name}`)).join(', '),
              })}
            </p>
            <h3>{t('contractAddressesTitle')}</h3>
            <p>{t('contractAddressesPlain')}</p>
            <p data-testid="contract-addresses">{changed.contractAddresses}</p>
            <p>{t('brokerFeed')}</p>
            {changed.signedOutEverywhere && (
              <div className="signed-out-everywhere" data-testid="signed-out-everywhere">
                <p>{t('signedOutEverywhere')}</p>
                <button type="button" onClick={() => void signInAgain()}>
                  {t('signInAgain')}
                </button>
              </div>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
