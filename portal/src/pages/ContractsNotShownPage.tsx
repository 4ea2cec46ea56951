import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ContractsNotShownDocument } from '../../../operations/generated/graphql';
import { AnswerNotices, LoadFailed, Loading } from '../components/AnswerNotices';
import { enumText, Facts } from '../components/ContractFacts';
import { useT } from '../i18n/i18n';
import { contracts } from '../i18n/messages/contracts';

/** "I can't find my contract": the contracts that exist but are not shown online, and why. */
export function ContractsNotShownPage() {
  const t = useT(contracts);
  const { data, error, loading, refetch } = useQuery(ContractsNotShownDocument);
  if (loading && !data) return <Loading />;
  if (!data?.me) return <LoadFailed retry={() => void refetch()} />;
  const list = data.me.contractsNotShown ?? [];
  return (
    <>
      <h1>{t('notShownTitle')}</h1>
      <AnswerNotices operation="ContractsNotShown" error={error} />
      <p>{t('notShownIntro')}</p>
      {list.length === 0 ? (
        <p>{t('notShownNone')}</p>
      ) : (
        <div className="card-grid">
          {list.map((contract) => (
            <article key={contract.contractNumber} className="card" data-testid="contract-not-shown">
              <h2>{contract.productLabel}</h2>
              <Facts
                rows={[
                  [t('contractNumber'), contract.contractNumber],
                  [t('product'), enumText(t, 'domain', contract.domain)],
                  [t('reason'), enumText(t, 'reason', contract.reason)],
                  [t('expected'), contract.expectedAvailability],
                ]}
              />
              <p>{contract.explanation}</p>
            </article>
          ))}
        </div>
      )}
      <p>
        {t('whatToDo')} <Link to="/help">{t('contactHelp')}</Link>
      </p>
    </>
  );
}
