import { useEffect, useState, type ReactNode } from 'react';
import { useLanguage, useT } from '../i18n/i18n';
import { devPanel as texts } from '../i18n/messages/account';
import { formatDateTime } from './ProblemMessage';
import '../pages/account.css';

interface Sms {
  id: string;
  sentAt: string;
  to: string;
  text: string;
}

interface Letter {
  id: string;
  sentAt: string;
  partyId: string;
  kind: string;
  lines: string[];
}

interface Outbox {
  sms: Sms[];
  letters: Letter[];
}

type State = { status: 'checking' } | { status: 'absent' } | { status: 'failed' } | { status: 'ready'; outbox: Outbox };

const POLL_MS = 2000;
/** The codes a person copies by hand: 6-digit SMS codes and activation/reset codes like ABCD-EFGH-2345. */
const CODE = /(\b\d{6}\b|\b[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\b)/;

function isOutbox(value: unknown): value is Outbox {
  if (typeof value !== 'object' || value === null) return false;
  const outbox = value as Record<string, unknown>;
  return Array.isArray(outbox['sms']) && Array.isArray(outbox['letters']);
}

/** The text with each code in it set apart, so it is easy to find and copy. */
function WithCodes({ text }: { text: string }): ReactNode {
  return text.split(CODE).map((part, index) =>
    index % 2 === 1 ? (
      <code key={index} className="dev-code">
        {part}
      </code>
    ) : (
      part
    ),
  );
}

async function readOutbox(signal: AbortSignal): Promise<State> {
  const response = await fetch('/dev/outbox', { signal, headers: { accept: 'application/json' } });
  if (response.status === 404) return { status: 'absent' };
  if (!response.ok) return { status: 'failed' };
  const body: unknown = await response.json();
  return isOutbox(body) ? { status: 'ready', outbox: body } : { status: 'failed' };
}

/**
 * Development only: the letters and SMS the mock backends "sent", so a person can register and
 * sign in by hand. The portal server answers /dev/outbox only in development; a 404 (production)
 * hides the panel entirely. Polls every 2 s while open.
 */
export function DevPanel() {
  const t = useT(texts);
  const { language } = useLanguage();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<State>({ status: 'checking' });

  useEffect(() => {
    const controller = new AbortController();
    const load = () => {
      readOutbox(controller.signal)
        .then((next) => setState((previous) => (previous.status === 'absent' ? previous : next)))
        .catch((error: unknown) => {
          if (!controller.signal.aborted && (error as { name?: string } | null)?.name !== 'AbortError')
            setState((previous) => (previous.status === 'absent' ? previous : { status: 'failed' }));
        });
    };
    load();
    const timer = open ? setInterval(load, POLL_MS) : undefined;
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, [open]);

  if (state.status === 'absent' || state.status === 'checking') return null;

  const outbox = state.status === 'ready' ? state.outbox : null;
  return (
    <details
      className="dev-panel"
      data-testid="dev-panel"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{t('summary')}</summary>
      <p className="dev-warning">{t('developmentOnly')}</p>
      {state.status === 'failed' && <p role="status">{t('failed')}</p>}
      {outbox && (
        <>
          <h2 className="dev-heading">{t('sms')}</h2>
          {outbox.sms.length === 0 ? (
            <p>{t('noSms')}</p>
          ) : (
            <ol className="dev-list" data-testid="dev-sms">
              {outbox.sms.map((sms) => (
                <li key={sms.id}>
                  <span className="dev-meta">
                    {formatDateTime(language, sms.sentAt)} · {t('to', { to: sms.to })}
                  </span>
                  <span className="dev-text">
                    <WithCodes text={sms.text} />
                  </span>
                </li>
              ))}
            </ol>
          )}
          <h2 className="dev-heading">{t('letters')}</h2>
          {outbox.letters.length === 0 ? (
            <p>{t('noLetters')}</p>
          ) : (
            <ol className="dev-list" data-testid="dev-letters">
              {outbox.letters.map((letter) => (
                <li key={letter.id}>
                  <span className="dev-meta">
                    {formatDateTime(language, letter.sentAt)} · {letter.kind} · {t('party', { party: letter.partyId })}
                  </span>
                  <span className="dev-text">
                    {letter.lines.map((line, index) => (
                      <span key={index} className="dev-line">
                        <WithCodes text={line} />
                      </span>
                    ))}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </details>
  );
}
