import { Link } from 'react-router';
import { useT } from '../i18n/i18n';
import { homeScreen as texts } from '../i18n/messages/help';
import './account.css';

/** How to put the customer zone on the home screen of a phone (it has no app in the stores). */
export function HomeScreenPage() {
  const t = useT(texts);
  return (
    <div className="account-page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>

      <section className="card" data-testid="home-screen-iphone">
        <h2 id="home-screen-iphone">{t('iphoneTitle')}</h2>
        <ol className="steps">
          <li>{t('iphone1')}</li>
          <li>{t('iphone2')}</li>
          <li>{t('iphone3')}</li>
          <li>{t('iphone4')}</li>
        </ol>
        <p className="hint">{t('iphoneHint')}</p>
      </section>

      <section className="card" data-testid="home-screen-android">
        <h2 id="home-screen-android">{t('androidTitle')}</h2>
        <ol className="steps">
          <li>{t('android1')}</li>
          <li>{t('android2')}</li>
          <li>{t('android3')}</li>
          <li>{t('android4')}</li>
        </ol>
        <p className="hint">{t('androidHint')}</p>
      </section>

      <section className="card">
        <h2 id="home-screen-after">{t('afterTitle')}</h2>
        <p>{t('after')}</p>
        <p>{t('safety')}</p>
      </section>

      <p>
        <Link to="/help">{t('backToHelp')}</Link>
      </p>
    </div>
  );
}
