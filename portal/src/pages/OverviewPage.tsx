import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { CustomerOverviewDocument } from '../../../operations/generated/graphql';
import { AnswerNotices, LoadFailed, Loading } from '../components/AnswerNotices';
import { enumText } from '../components/ContractFacts';
import { formatDate, formatMoney } from '../components/format';
import { useLanguage, useT } from '../i18n/i18n';
import { common } from '../i18n/messages/common';
import { contracts } from '../i18n/messages/contracts';

/** The home page: life and non-life contracts and the latest documents, in one request. */
export function OverviewPage() {
  const t = useT(contracts);
  const tc = useT(common);
  const { language } = useLanguage();
  const { data, error, loading, refetch } = useQuery(CustomerOverviewDocument);
  if (loading && !data) return <Loading />;
  const me = data?.me;
  if (!me) return <LoadFailed retry={() => void refetch()} />;
  return (
    <>
      <h1>{t('greeting', { name: me.firstName })}</h1>
      <AnswerNotices operation="CustomerOverview" error={error} />
      <p className="muted">{t('overviewIntro')}</p>

      <section aria-labelledby="life-heading">
        <h2 id="life-heading">{t('lifeContracts')}</h2>
        {me.lifeContracts === null ? (
          <p>{tc('sectionUnavailable')}</p>
        ) : me.lifeContracts.length === 0 ? (
          <p>{t('noLifeContracts')}</p>
        ) : (
          <div className="card-grid">
            {me.lifeContracts.map((contract) => (
              <article key={contract.id} className="card contract-card" data-testid="contract-card">
                <h3>
                  <Link to={`/contracts/life/${encodeURIComponent(contract.id)}`}>{contract.product.label}</Link>
                </h3>
                <dl className="facts">
                  <dt>{t('contractNumber')}</dt>
                  <dd>{contract.contractNumber}</dd>
                  <dt>{t('status')}</dt>
                  <dd>{enumText(t, 'status', contract.status)}</dd>
                  <dt>{t('reserve')}</dt>
                  <dd>{formatMoney(language, contract.reserve)}</dd>
                </dl>
              </article>
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="nonlife-heading">
        <h2 id="nonlife-heading">{t('nonLifeContracts')}</h2>
        {me.nonLifeContracts === null ? (
          <p>{tc('sectionUnavailable')}</p>
        ) : me.nonLifeContracts.length === 0 ? (
          <p>{t('noNonLifeContracts')}</p>
        ) : (
          <div className="card-grid">
            {me.nonLifeContracts.map((contract) => (
              <article key={contract.id} className="card contract-card" data-testid="contract-card">
                <h3>
                  <Link to={`/contracts/non-life/${encodeURIComponent(contract.id)}`}>{contract.product.label}</Link>
                </h3>
                <dl className="facts">
                  <dt>{t('contractNumber')}</dt>
                  <dd>{contract.contractNumber}</dd>
                  <dt>{t('status')}</dt>
                  <dd>{enumText(t, 'status', contract.status)}</dd>
                  <dt>{t('premium')}</dt>
                  <dd>{formatMoney(language, contract.premium)}</dd>
                </dl>
              </article>
            ))}
          </div>
        )}
        <p>
          <Link to="/contracts-not-shown">{t('cantFind')}</Link>
        </p>
      </section>

      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t('latestDocuments')}</h2>
        {me.documents === null ? (
          <p>{tc('sectionUnavailable')}</p>
        ) : me.documents.nodes.length === 0 ? (
          <p>{t('noDocuments')}</p>
        ) : (
          <>
            <ul className="document-list card">
              {me.documents.nodes.map((document) => (
                <li key={document.id}>
                  <span>{document.title}</span>
                  <span className="muted">{t('issued', { date: formatDate(language, document.issueDate) })}</span>
                </li>
              ))}
            </ul>
            <p>
              <Link to="/documents">{t('allDocuments', { count: me.documents.totalCount })}</Link>
            </p>
          </>
        )}
      </section>
    </>
  );
}
