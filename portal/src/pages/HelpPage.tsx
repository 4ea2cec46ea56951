import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { HelpDocument, type HelpQuery, type Weekday } from '../../../operations/generated/graphql';
import { AnswerNotices, LoadFailed, Loading } from '../components/AnswerNotices';
import { useT } from '../i18n/i18n';
import { help as texts } from '../i18n/messages/help';
import { useSession } from '../session/useSession';
import './account.css';

type OpeningHours = HelpQuery['help']['contactCentre']['openingHours'][number];

const WEEK: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** An answer as the graph writes it: paragraphs split by a blank line, list items starting with "· ". */
function Answer({ text }: { text: string }) {
  const blocks = text.split(/\n\s*\n/).filter((block) => block.trim());
  return (
    <>
      {blocks.map((block, index) => {
        const lines = block.split('\n').filter((line) => line.trim());
        const items = lines.filter((line) => line.trimStart().startsWith('· '));
        const prose = lines.filter((line) => !line.trimStart().startsWith('· '));
        return (
          <div key={index}>
            {prose.length > 0 && <p>{prose.join(' ')}</p>}
            {items.length > 0 && (
              <ul>
                {items.map((line, item) => (
                  <li key={item}>{line.trimStart().slice(2)}</li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </>
  );
}

/** Contact & Help (docs/requirements.md §5.1–§5.3), open without signing in. */
export function HelpPage() {
  const t = useT(texts);
  const signedIn = useSession().status === 'signedIn';
  const { data, error, loading, refetch } = useQuery(HelpDocument);

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
              <details key={entry.id} className="faq-entry" data-testid={`faq-${entry.id}`}>
                <summary>
                  <span className="faq-number">{entry.id}</span> {entry.question}
                </summary>
                <div className="faq-answer">
                  <Answer text={entry.answer} />
                </div>
              </details>
            ))}
          </section>
        ))}
      </section>

      <section className="card">
        <h2 id="help-home-screen">{t('homeScreenTitle')}</h2>
        <p>{t('homeScreenIntro')}</p>
        <Link to="/help/home-screen" data-testid="home-screen-link">
          {t('homeScreenLink')}
        </Link>
      </section>
    </div>
  );
}
