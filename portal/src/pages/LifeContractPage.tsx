import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { LifeContractDetailsDocument } from '../../../operations/generated/graphql';
import { AnswerNotices, Loading } from '../components/AnswerNotices';
import { enumText, Facts, paymentText } from '../components/ContractFacts';
import { formatDate, formatMoney, formatPercentage } from '../components/format';
import { useLanguage, useT } from '../i18n/i18n';
import { contracts } from '../i18n/messages/contracts';

/** A life contract: product, tax regime, reserve, funds, beneficiaries, guarantees, profit sharing. */
export function LifeContractPage() {
  const t = useT(contracts);
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(LifeContractDetailsDocument, { variables: { id } });
  if (loading && !data) return <Loading />;
  const contract = data?.lifeContract;
  if (!contract)
    return (
      <>
        <AnswerNotices operation="LifeContractDetails" error={error} />
        <p>{t('contractUnavailable')}</p>
        <Link to="/">{t('backToOverview')}</Link>
      </>
    );
  type Party = { name: string; isYou: boolean };
  const parties = (value: Party | readonly Party[] | null | undefined) =>
    (Array.isArray(value) ? value : value ? [value as Party] : [])
      .map((p: Party) => `${p.name}${p.isYou ? ` ${t('you')}` : ''}`)
      .join(', ') || null;
  return (
    <>
      <p>
        <Link to="/">{t('backToOverview')}</Link>
      </p>
      <h1>{contract.product.label}</h1>
      <AnswerNotices operation="LifeContractDetails" error={error} />
      <section className="card" aria-labelledby="contract-facts">
        <h2 id="contract-facts">{t('product')}</h2>
        <Facts
          rows={[
            [t('contractNumber'), contract.contractNumber],
            [t('status'), enumText(t, 'status', contract.status)],
            [t('branch'), contract.product.branch],
            [t('fiscalRegime'), enumText(t, 'fiscal', contract.product.fiscalRegime)],
            [t('policyholder'), parties(contract.policyholder)],
            [t('insured'), parties(contract.insured)],
            [t('startDate'), formatDate(language, contract.startDate)],
            [t('expiryDate'), contract.expiryDate ? formatDate(language, contract.expiryDate) : null],
            [t('endDate'), contract.endDate ? formatDate(language, contract.endDate) : null],
            [
              t('premium'),
              contract.premium
                ? t('premiumEvery', {
                    amount: formatMoney(language, contract.premium.amount),
                    frequency: enumText(t, 'frequency', contract.premium.frequency),
                  })
                : null,
            ],
            [t('nextDue'), contract.premium?.nextDueDate ? formatDate(language, contract.premium.nextDueDate) : null],
            [t('payment'), contract.payment ? paymentText(t, contract.payment) : null],
          ]}
        />
      </section>

      <section className="card" aria-labelledby="contract-reserve">
        <h2 id="contract-reserve">{t('reserve')}</h2>
        <Facts
          rows={[
            [
              contract.reserveValuationDate
                ? t('reserveOn', { date: formatDate(language, contract.reserveValuationDate) })
                : t('reserve'),
              contract.reserve ? formatMoney(language, contract.reserve) : null,
            ],
            [t('surrenderValue'), contract.surrenderValue ? formatMoney(language, contract.surrenderValue) : null],
            [t('guaranteedRate'), contract.guaranteedRate ? formatPercentage(language, contract.guaranteedRate) : null],
          ]}
        />
        {contract.profitSharing && (
          <>
            <h3>{t('profitSharing')}</h3>
            <Facts
              rows={[
                [t('profitAcquired'), formatMoney(language, contract.profitSharing.acquired)],
                [
                  t('profitThisYear'),
                  contract.profitSharing.thisYear ? formatMoney(language, contract.profitSharing.thisYear) : null,
                ],
                [
                  t('profitRate'),
                  contract.profitSharing.rate ? formatPercentage(language, contract.profitSharing.rate) : null,
                ],
              ]}
            />
          </>
        )}
      </section>

      {contract.funds.length > 0 && (
        <section aria-labelledby="contract-funds">
          <h2 id="contract-funds">{t('funds')}</h2>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('fund')}</th>
                  <th scope="col">{t('units')}</th>
                  <th scope="col">{t('unitPrice')}</th>
                  <th scope="col">{t('value')}</th>
                  <th scope="col">{t('share')}</th>
                </tr>
              </thead>
              <tbody>
                {contract.funds.map((fund) => (
                  <tr key={fund.code}>
                    <td>{fund.name}</td>
                    <td>{fund.units}</td>
                    <td>
                      {formatMoney(language, fund.unitPrice)} ({formatDate(language, fund.unitPrice.date)})
                    </td>
                    <td>{formatMoney(language, fund.value)}</td>
                    <td>{formatPercentage(language, fund.share)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="contract-beneficiaries">
        <h2 id="contract-beneficiaries">{t('beneficiaries')}</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('beneficiaryEvent')}</th>
                <th scope="col">{t('beneficiaryClause')}</th>
                <th scope="col">{t('rank')}</th>
                <th scope="col">{t('share')}</th>
              </tr>
            </thead>
            <tbody>
              {contract.beneficiaries.map((beneficiary, index) => (
                <tr key={index}>
                  <td>{enumText(t, 'event', beneficiary.event)}</td>
                  <td>
                    {beneficiary.clauseLabel}
                    {beneficiary.name
                      ? `: ${beneficiary.name}`
                      : beneficiary.nameWithheld
                        ? ` (${t('nameWithheld')})`
                        : ''}
                  </td>
                  <td>{beneficiary.rank}</td>
                  <td>{formatPercentage(language, beneficiary.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="contract-guarantees">
        <h2 id="contract-guarantees">{t('guarantees')}</h2>
        <ul className="card document-list">
          {contract.guarantees.map((guarantee) => (
            <li key={guarantee.kind}>
              <span>
                {guarantee.label}
                {guarantee.isMain ? ` (${t('mainGuarantee')})` : ''}
              </span>
              <span>
                {guarantee.insuredAmount
                  ? `${t('insuredAmount')}: ${formatMoney(language, guarantee.insuredAmount)}`
                  : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>

      {contract.documents && contract.documents.nodes.length > 0 && (
        <section aria-labelledby="contract-documents">
          <h2 id="contract-documents">{t('documentsOfContract')}</h2>
          <ul className="card document-list">
            {contract.documents.nodes.map((document) => (
              <li key={document.id}>
                <span>{document.title}</span>
                <span className="muted">{t('issued', { date: formatDate(language, document.issueDate) })}</span>
              </li>
            ))}
          </ul>
          <Link to={`/documents?contract=${encodeURIComponent(contract.id)}`}>
            {t('allDocuments', { count: contract.documents.totalCount })}
          </Link>
        </section>
      )}
    </>
  );
}
