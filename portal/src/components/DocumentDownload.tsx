import { useState } from 'react';
import { formatBytes } from './format';
import { useLanguage, useT } from '../i18n/i18n';
import { contracts } from '../i18n/messages/contracts';
import { validAccessToken } from '../session/session';

interface Downloadable {
  title: string;
  fileName: string;
  sizeBytes: number;
  downloadUrl: string;
}

/**
 * Downloads a document with the customer's bearer token. The link points at the API's public
 * origin; its path and query are fetched from this page's origin, where the portal server passes
 * them to the gateway (same origin, so no CORS and no token in the address).
 */
export function DocumentDownload({ document, onExpired }: { document: Downloadable; onExpired(): void }) {
  const t = useT(contracts);
  const { language } = useLanguage();
  const [state, setState] = useState<'idle' | 'busy' | 'expired' | 'failed'>('idle');

  const download = async () => {
    setState('busy');
    const link = new URL(document.downloadUrl);
    const token = await validAccessToken();
    const response = await fetch(link.pathname + link.search, {
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'accept-language': language },
    }).catch(() => undefined);
    if (!response?.ok) {
      if (response?.status === 403) {
        setState('expired');
        onExpired();
      } else setState('failed');
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const anchor = window.document.createElement('a');
    anchor.href = url;
    anchor.download = document.fileName;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setState('idle');
  };

  return (
    <span className="actions">
      <button
        type="button"
        className="secondary"
        data-testid="download"
        disabled={state === 'busy'}
        aria-label={t('downloadLabel', { title: document.title, size: formatBytes(language, document.sizeBytes) })}
        onClick={() => void download()}
      >
        {state === 'busy' ? t('downloading') : t('download')}
      </button>
      {(state === 'expired' || state === 'failed') && (
        <span role="alert" className="notice notice-warning">
          {t(state === 'expired' ? 'downloadExpired' : 'downloadFailed')}
        </span>
      )}
    </span>
  );
}
