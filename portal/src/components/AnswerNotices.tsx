import type { ErrorLike } from '@apollo/client';
import { useAnswerNotice } from '../graphql/notices';
import { common } from '../i18n/messages/common';
import { useT } from '../i18n/i18n';

/**
 * What a page says above its content when its answer is not whole: parts served from the cache
 * while a backend is down (`extensions.stale`), or parts missing (a subgraph or backend down).
 * A notice, never a blank page: the page renders whatever did come back, and a section whose
 * part is missing says `sectionUnavailable`.
 */
export function AnswerNotices({ operation, error }: { operation: string; error?: ErrorLike | undefined }) {
  const t = useT(common);
  const notice = useAnswerNotice(operation);
  const oldest = Math.max(0, ...notice.stale.map((part) => part.ageSeconds));
  return (
    <>
      {notice.stale.length > 0 && (
        <p className="notice notice-info" role="status">
          {t('staleNotice', { minutes: Math.max(1, Math.ceil(oldest / 60)) })}
        </p>
      )}
      {(notice.missing.length > 0 || error) && (
        <p className="notice notice-warning" role="alert">
          {t('partialNotice')}
        </p>
      )}
    </>
  );
}

export function Loading() {
  const t = useT(common);
  return (
    <p className="loading" role="status" aria-live="polite">
      {t('loading')}
    </p>
  );
}

/** A page whose answer brought no data at all (the gateway unreachable): say so, offer a retry. */
export function LoadFailed({ retry }: { retry(): void }) {
  const t = useT(common);
  return (
    <div className="notice notice-warning" role="alert">
      <p>{t('failed')}</p>
      <button type="button" onClick={retry}>
        {t('retry')}
      </button>
    </div>
  );
}
