import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  CustomerOverviewDocument,
  MyDocumentsDocument,
  type DocumentType,
} from '../../../operations/generated/graphql';
import { AnswerNotices, LoadFailed, Loading } from '../components/AnswerNotices';
import { enumText } from '../components/ContractFacts';
import { DocumentDownload } from '../components/DocumentDownload';
import { formatDate } from '../components/format';
import { useLanguage, useT } from '../i18n/i18n';
import { contracts } from '../i18n/messages/contracts';

const PAGE_SIZE = 10;
const DOCUMENT_TYPES: DocumentType[] = [
  'TAX_CERTIFICATE',
  'ANNUAL_OVERVIEW',
  'PROOF_OF_PREMIUM_PAYMENT',
  'PROFIT_SHARING_CERTIFICATE',
  'POLICY',
  'GREEN_CARD',
  'CLAIMS_HISTORY_CERTIFICATE',
];
const YEARS = Array.from({ length: 10 }, (_, index) => new Date().getFullYear() - index);

/** The documents: filtered by type, year and contract (kept in the address), ten at a time, each downloadable. */
export function DocumentsPage() {
  const t = useT(contracts);
  const { language } = useLanguage();
  const [search, setSearch] = useSearchParams();
  const [pages, setPages] = useState<string[]>([]);
  const type = search.get('type') ?? '';
  const year = search.get('year') ?? '';
  const contractId = search.get('contract') ?? '';
  const filter = {
    ...(type ? { types: [type as DocumentType] } : {}),
    ...(year ? { year: Number(year) } : {}),
    ...(contractId ? { contractId } : {}),
  };
  const after = pages[pages.length - 1];
  const { data, error, loading, refetch } = useQuery(MyDocumentsDocument, {
    variables: { filter, first: PAGE_SIZE, ...(after ? { after } : {}) },
  });
  const overview = useQuery(CustomerOverviewDocument);
  const contractChoices = [...(overview.data?.me?.lifeContracts ?? []), ...(overview.data?.me?.nonLifeContracts ?? [])];

  const choose = (name: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setPages([]);
    setSearch(next);
  };

  const documents = data?.me?.documents;
  const first = pages.length * PAGE_SIZE;
  return (
    <>
      <h1>{t('documentsTitle')}</h1>
      <AnswerNotices operation="MyDocuments" error={error} />
      <form className="filters card" aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="filter-type">{t('type')}</label>
          <select id="filter-type" value={type} onChange={(event) => choose('type', event.target.value)}>
            <option value="">{t('allTypes')}</option>
            {DOCUMENT_TYPES.map((value) => (
              <option key={value} value={value}>
                {enumText(t, 'docType', value)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-year">{t('year')}</label>
          <select id="filter-year" value={year} onChange={(event) => choose('year', event.target.value)}>
            <option value="">{t('allYears')}</option>
            {YEARS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-contract">{t('contract')}</label>
          <select id="filter-contract" value={contractId} onChange={(event) => choose('contract', event.target.value)}>
            <option value="">{t('allContracts')}</option>
            {contractChoices.map((contract) => (
              <option key={contract.id} value={contract.id}>
                {contract.contractNumber} – {contract.product.label}
              </option>
            ))}
          </select>
        </div>
      </form>
      {loading && !data ? (
        <Loading />
      ) : !documents ? (
        <LoadFailed retry={() => void refetch()} />
      ) : documents.nodes.length === 0 ? (
        <p>{t('noDocuments')}</p>
      ) : (
        <>
          <p aria-live="polite">
            {t('documentsCount', {
              shown: `${first + 1}–${first + documents.nodes.length}`,
              total: documents.totalCount,
            })}
          </p>
          <ul className="document-list card">
            {documents.nodes.map((document) => (
              <li key={document.id} data-testid="document-row" data-year={document.year}>
                <span>
                  <strong>{document.title}</strong>
                  <br />
                  <span className="muted">
                    {enumText(t, 'docType', document.type)} · {document.year} ·{' '}
                    {t('issued', { date: formatDate(language, document.issueDate) })}
                    {document.contract ? ` · ${document.contract.contractNumber}` : ''}
                  </span>
                </span>
                <DocumentDownload document={document} onExpired={() => void refetch()} />
              </li>
            ))}
          </ul>
          <div className="actions">
            {pages.length > 0 && (
              <button type="button" className="secondary" onClick={() => setPages([])}>
                {t('firstPage')}
              </button>
            )}
            {documents.pageInfo.hasNextPage && documents.pageInfo.endCursor && (
              <button type="button" onClick={() => setPages([...pages, documents.pageInfo.endCursor ?? ''])}>
                {t('nextPage')}
              </button>
            )}
          </div>
        </>
      )}
    </>
  );
}
