import { useState, type FormEvent } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import {
  MyDocumentDeliveryDocument,
  RequestPaperDeliveryDocument,
  type RequestPaperDeliveryMutation,
} from '../../../operations/generated/graphql';
import { AnswerNotices, LoadFailed, Loading } from '../components/AnswerNotices';
import { formatDate } from '../components/format';
import { RequestFailed } from '../components/ProblemMessage';
import { useLanguage, useT } from '../i18n/i18n';
import { common } from '../i18n/messages/common';
import { paperDelivery as texts } from '../i18n/messages/account';
import './account.css';

type Payload = RequestPaperDeliveryMutation['requestPaperDelivery'];
type PaperRequest = Payload['request'];

const MAX_REASON = 500;
const REASON_ERROR_ID = 'reason-error';

function PaperRequestFacts({ request }: { request: PaperRequest }) {
  const t = useT(texts);
  const { language } = useLanguage();
  return (
    <dl className="facts" data-testid="paper-request" data-status={request.status}>
      <dt>{t('requestStatus')}</dt>
      <dd>{t(`status_${request.status}`)}</dd>
      <dt>{t('requestedAt')}</dt>
      <dd>{formatDate(language, request.requestedAt)}</dd>
      {request.reason && (
        <>
          <dt>{t('reason')}</dt>
          <dd className="pre-line">{request.reason}</dd>
        </>
      )}
      {request.decidedAt && (
        <>
          <dt>{t('decidedAt')}</dt>
          <dd>{formatDate(language, request.decidedAt)}</dd>
        </>
      )}
      {request.decisionNote && (
        <>
          <dt>{t('decisionNote')}</dt>
          <dd className="pre-line">{request.decisionNote}</dd>
        </>
      )}
    </dl>
  );
}

/**
 * How documents arrive (digital by the consent given at registration, or paper) and the request
 * for paper documents, which the contact centre approves or refuses by hand
 * (docs/requirements.md §3.4–§3.8).
 */
export function PaperDeliveryPage() {
  const t = useT(texts);
  const tc = useT(common);
  const { language } = useLanguage();
  const { data, error, loading, refetch } = useQuery(MyDocumentDeliveryDocument);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<'empty' | 'tooLong' | null>(null);
  const [payload, setPayload] = useState<Payload | null>(null);
  const [failed, setFailed] = useState(false);
  const [requestPaper, requestState] = useMutation(RequestPaperDeliveryDocument, {
    refetchQueries: [MyDocumentDeliveryDocument],
  });

  if (loading && !data) return <Loading />;
  const me = data?.me;
  if (!me)
    return (
      <>
        <h1>{t('title')}</h1>
        <AnswerNotices operation="MyDocumentDelivery" error={error} />
        <LoadFailed retry={() => void refetch()} />
      </>
    );
  const delivery = me.documentDelivery;
  const latest = delivery?.paperRequest ?? null;
  const open = latest !== null && (latest.status === 'PENDING' || latest.status === 'APPROVED');
  const canAsk = delivery !== null && delivery.channel === 'DIGITAL' && !open;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailed(false);
    setPayload(null);
    const text = reason.trim();
    if (!text || text.length > MAX_REASON) {
      setReasonError(text ? 'tooLong' : 'empty');
      return;
    }
    setReasonError(null);
    try {
      const result = await requestPaper({ variables: { input: { reason: text } } });
      if (result.data) {
        setPayload(result.data.requestPaperDelivery);
        setReason('');
        return;
      }
      const badInput =
        CombinedGraphQLErrors.is(result.error) &&
        result.error.errors.some((item) => item.extensions?.['code'] === 'BAD_USER_INPUT');
      if (badInput) setReasonError('empty');
      else setFailed(true);
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className="account-page">
      <h1>{t('title')}</h1>
      <AnswerNotices operation="MyDocumentDelivery" error={error} />

      <section className="card" data-testid="delivery">
        <h2 id="delivery-now">{t('howNow')}</h2>
        {delivery === null ? (
          <p className="notice notice-warning">{tc('sectionUnavailable')}</p>
        ) : (
          <>
            <dl className="facts">
              <dt>{t('channel')}</dt>
              <dd data-testid="delivery-channel" data-channel={delivery.channel}>
                {t(`channel_${delivery.channel}`)}
              </dd>
              <dt>{t('basis')}</dt>
              <dd>{t(`basis_${delivery.basis}`)}</dd>
              {delivery.digitalConsentAt && (
                <>
                  <dt>{t('consentAt')}</dt>
                  <dd>{formatDate(language, delivery.digitalConsentAt)}</dd>
                </>
              )}
            </dl>
            {delivery.channel === 'DIGITAL' && (
              <p>
                {t('digitalExplain')} <Link to="/documents">{t('toDocuments')}</Link>
              </p>
            )}
          </>
        )}
      </section>

      {latest && !payload && (
        <section className="card">
          <h2 id="delivery-latest">{t('latestRequest')}</h2>
          <p>{t(`statusExplain_${latest.status}`)}</p>
          <PaperRequestFacts request={latest} />
        </section>
      )}

      <section className="card">
        <h2 id="delivery-ask">{t('askTitle')}</h2>
        {open && !payload && (
          <p className="notice notice-info" data-testid="already-requested">
            {latest.status === 'PENDING'
              ? t('alreadyPending', { date: formatDate(language, latest.requestedAt) })
              : t('alreadyApproved')}
          </p>
        )}
        {canAsk && (
          <form onSubmit={(event) => void submit(event)} noValidate data-testid="paper-request-form">
            <p>{t('askIntro')}</p>
            <p>{t('askExceptions')}</p>
            {latest?.status === 'REFUSED' && <p>{t('askAgain')}</p>}
            <div className="field">
              <label htmlFor="reason-input">{t('reasonLabel')}</label>
              <span className="hint" id="reason-hint">
                {t('reasonHint', { max: MAX_REASON })}
              </span>
              <textarea
                id="reason-input"
                name="reason"
                rows={4}
                maxLength={MAX_REASON}
                required
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                aria-invalid={reasonError !== null}
                aria-describedby={
                  reasonError ? `reason-hint reason-count ${REASON_ERROR_ID}` : 'reason-hint reason-count'
                }
              />
            </div>
            <p className="hint" id="reason-count" aria-live="polite">
              {t('reasonCount', { count: reason.length, max: MAX_REASON })}
            </p>
            {reasonError && (
              <p className="notice notice-error" role="alert" id={REASON_ERROR_ID}>
                {reasonError === 'empty' ? t('reasonEmpty') : t('reasonTooLong', { max: MAX_REASON })}
              </p>
            )}
            <div className="actions">
              <button type="submit" disabled={requestState.loading}>
                {requestState.loading ? t('working') : t('send')}
              </button>
            </div>
          </form>
        )}
        {!canAsk && !open && delivery !== null && !payload && <p>{t('alreadyPaper')}</p>}
        <div data-testid="result" aria-live="polite">
          {failed && <RequestFailed />}
          {payload && (
            <div className="notice notice-info" role="status" data-already={payload.alreadyRequested}>
              <p className="problem-title">{payload.alreadyRequested ? t('resultAlready') : t('resultSent')}</p>
              <p>{t(`statusExplain_${payload.request.status}`)}</p>
              <PaperRequestFacts request={payload.request} />
            </div>
          )}
        </div>
      </section>
    </div>
  );
}
