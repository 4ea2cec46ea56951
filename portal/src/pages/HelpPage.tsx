import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { HelpDocument, type HelpQuery, type Weekday } from '../../../operations/generated/graphql';
import { AnswerNotices, LoadFailed, Loading } from '../components/AnswerNotices';
import { useT } from '../i18n/i18n';
import { help as texts } from '../i18n/messages/help';
import { useSession } from '../session/useSession';
import './account.css';

type OpeningHours = HelpQuery['help']['contactCentre']['openingHours'][number];

const WEEK: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** A line of an answer that is a list item ("· ") or a step ("1. "), and what it says. */
function listItem(line: string): { kind: 'ul' | 'ol'; text: string } | null {
  const trimmed = line.trimStart();
  if (trimmed.startsWith('· ')) return { kind: 'ul', text: trimmed.slice(2) };
  const step = /^\d+\.\s+(.*)$/.exec(trimmed);
  return step ? { kind: 'ol', text: step[1] ?? '' } : null;
}

/**
 * An answer as the graph writes it: paragraphs split by a blank line, list items starting with
 * "· ", steps starting with their number ("1. "); a paragraph's text before its list is its lead-in.
 */
function Answer({ text }: { text: string }) {
  const blocks = text.split(/\n\s*\n/).filter((block) => block.trim());
  return (
    <>
      {blocks.map((block, index) => {
        const lines = block.split('\n').filter((line) => line.trim());
        const items = lines.map(listItem).filter((item) => item !== null);
        const prose = lines.filter((line) => listItem(line) === null);
        const List = items[0]?.kind === 'ol' ? 'ol' : 'ul';
        return (
          <div key={index}>
            {prose.length > 0 && <p>{prose.join(' ')}</p>}
            {items.length > 0 && (
              <List className={List === 'ol' ? 'steps' : undefined}>
                {items.map((item, position) => (
                  <li key={position}>{item.text}</li>
                ))}
              </List>
            )}
          </div>
        );
      })}
    </>
  );
}

/**
 * The customer FAQ's question on putting the zone on a phone's home screen (docs/requirements.md
 * §5.7). FAQ ids are stable (`FaqEntry.id`), so the page and /help/home-screen link to it by id.
 */
export const HOME_SCREEN_FAQ_ENTRY = 'V.2';

/** The element id of an FAQ question, for links: /help#faq-V.2. */
export const faqAnchor = (id: string): string => `faq-${id}`;

/** Contact & Help (docs/requirements.md §5.1–§5.3, §5.6, §5.7), open without signing in: the customer FAQ. */
export function HelpPage() {
  const t = useT(texts);
  const signedIn = useSession().status === 'signedIn';
  const { data, error, loading, refetch } = useQuery(HelpDocument);
  const { hash } = useLocation();
  // The question a link points at (/help#faq-V.2) opens with the page; past that, the reader's choice counts.
  const target = hash.startsWith('#faq-') ? decodeURIComponent(hash.slice('#faq-'.length)) : null;
  const [chosen, setChosen] = useState<ReadonlyMap<string, boolean>>(new Map());
  const isOpen = (id: string): boolean => chosen.get(id) ?? id === target;
  const setOpen = (id: string, open: boolean) =>
    setChosen((current) => (current.get(id) === open ? current : new Map(current).set(id, open)));
  const ready = Boolean(data);
  useEffect(() => {
    if (target && ready) document.getElementById(faqAnchor(target))?.scrollIntoView();
  }, [target, ready]);

  const dayRange = (hours: OpeningHours): string => {
    const days = [...hours.days].sort((a, b) => WEEK.indexOf(a) - WEEK.indexOf(b));
    const first = days[0];
    const last = days[days.length - 1];
    if (!first || !last) return '';
    const consecutive = days.every((day, index) => WEEK.indexOf(day) === WEEK.indexOf(first) + index);
    if (days.length > 2 && consecutive) return t('dayRange', { from: t(`weekday_${first}`), to: t(`weekday_${last}`) });
    return days.map((day) => t(`weekday_${day}`)).join(', ');
  };

  if (loading && !data) return <Loading />;
  const page = data?.help;
  if (!page)
    return (
      <>
        <h1>{t('title')}</h1>
        <AnswerNotices operation="Help" error={error} />
        <LoadFailed retry={() => void refetch()} />
      </>
    );
  const centre = page.contactCentre;
  const questions = new Map(page.faq.flatMap((section) => section.questions).map((entry) => [entry.id, entry]));
  const homeScreen = questions.get(HOME_SCREEN_FAQ_ENTRY);

  return (
    <div className="account-page help-page">
      <h1>{t('title')}</h1>
      <AnswerNotices operation="Help" error={error} />

      <section className="card" data-testid="broker-first">
        <h2 id="help-broker">{t('brokerFirstTitle')}</h2>
        <p>{page.brokerFirstContact}</p>
        {signedIn && (
          <p>
            <Link to="/profile">{t('yourBroker')}</Link>
          </p>
        )}
      </section>

      <section className="card" data-testid="contact-centre">
        <h2 id="help-centre">{t('contactCentreTitle')}</h2>
        <p>{centre.helpsWith}</p>
        <dl className="facts">
          <dt>{t('phone')}</dt>
          <dd>
            <a href={`tel:${centre.phone}`} data-testid="contact-centre-phone">
              {centre.phoneDisplay}
            </a>
          </dd>
          <dt>{t('email')}</dt>
          <dd>
            <a href={`mailto:${centre.email}`} data-testid="contact-centre-email">
              {centre.email}
            </a>
          </dd>
          <dt>{t('openingHours')}</dt>
          <dd>
            <ul className="plain-list" data-testid="opening-hours">
              {centre.openingHours.map((hours) => (
                <li key={`${hours.days.join()}-${hours.opens}`}>
                  {t('hoursLine', { days: dayRange(hours), opens: hours.opens, closes: hours.closes })}
                </li>
              ))}
            </ul>
            <span className="hint">{centre.openingHoursText}</span>
          </dd>
        </dl>
      </section>

      <section data-testid="faq">
        <h2 id="help-faq">{t('faqTitle')}</h2>
        {page.faq.map((section) => (
          <section key={section.id} className="card faq-section">
            <h3 id={`faq-${section.id}`}>
              {section.id}. {section.title}
            </h3>
            {section.questions.map((entry) => (
              <details
                key={entry.id}
                id={faqAnchor(entry.id)}
                className="faq-entry"
                data-testid={`faq-${entry.id}`}
                open={isOpen(entry.id)}
                onToggle={(event) => setOpen(entry.id, event.currentTarget.open)}
              >
                <summary>
                  <span className="faq-number">{entry.id}</span> {entry.question}
                </summary>
                <div className="faq-answer">
                  <Answer text={entry.answer} />
                  {entry.seeAlso.length > 0 && (
                    <p className="see-also">
                      {t('seeAlso')}{' '}
                      {entry.seeAlso.map((id, index) => (
                        <span key={id}>
                          {index > 0 && ', '}
                          <a href={`#${faqAnchor(id)}`} onClick={() => setOpen(id, true)}>
                            {id} {questions.get(id)?.question ?? ''}
                          </a>
                        </span>
                      ))}
                    </p>
                  )}
                </div>
              </details>
            ))}
          </section>
        ))}
      </section>

      {homeScreen && (
        <section className="card" data-testid="home-screen">
          <h2 id="help-home-screen">{t('homeScreenTitle')}</h2>
          <p>{t('homeScreenIntro')}</p>
          <a
            href={`#${faqAnchor(homeScreen.id)}`}
            onClick={() => setOpen(homeScreen.id, true)}
            data-testid="home-screen-link"
          >
            {homeScreen.question}
          </a>
        </section>
      )}
    </div>
  );
}
