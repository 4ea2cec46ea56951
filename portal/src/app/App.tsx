import { useApolloClient } from '@apollo/client/react';
import { NavLink, Navigate, Outlet, Route, Routes, useLocation, useNavigate } from 'react-router';
import { DevPanel } from '../components/DevPanel';
import { Loading } from '../components/AnswerNotices';
import { useLanguage, useT } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/language';
import { common } from '../i18n/messages/common';
import { signOut } from '../session/session';
import { useSession } from '../session/useSession';
import { ContractsNotShownPage } from '../pages/ContractsNotShownPage';
import { DocumentsPage } from '../pages/DocumentsPage';
import { faqAnchor, HelpPage, HOME_SCREEN_FAQ_ENTRY } from '../pages/HelpPage';
import { IdentityProviderReturnPage } from '../pages/IdentityProviderReturnPage';
import { LifeContractPage } from '../pages/LifeContractPage';
import { NonLifeContractPage } from '../pages/NonLifeContractPage';
import { OverviewPage } from '../pages/OverviewPage';
import { PaperDeliveryPage } from '../pages/PaperDeliveryPage';
import { PasswordResetPage } from '../pages/PasswordResetPage';
import { ProfilePage } from '../pages/ProfilePage';
import { RegisterPage } from '../pages/RegisterPage';
import { SignInPage } from '../pages/SignInPage';

function LanguageSwitcher() {
  const t = useT(common);
  const { language, setLanguage } = useLanguage();
  return (
    <div className="language-switcher" role="group" aria-label={t('language')}>
      {LANGUAGES.map((code) => (
        <button key={code} type="button" lang={code} aria-pressed={code === language} onClick={() => setLanguage(code)}>
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

function Header({ signedIn }: { signedIn: boolean }) {
  const t = useT(common);
  const client = useApolloClient();
  const navigate = useNavigate();
  const leave = async () => {
    await signOut();
    // Nothing of the customer's stays in the page's memory after sign-out.
    await client.clearStore();
    await navigate('/sign-in', { state: { signedOut: true } });
  };
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <div className="header-bar">
        <NavLink to="/" className="brand">
          {t('brand')}
        </NavLink>
        <LanguageSwitcher />
        {signedIn ? (
          <button type="button" className="sign-out" onClick={() => void leave()}>
            {t('signOut')}
          </button>
        ) : (
          <NavLink to="/sign-in" className="sign-in-link">
            {t('signIn')}
          </NavLink>
        )}
      </div>
      {signedIn && (
        <nav aria-label={t('navigation')} className="main-nav">
          <NavLink to="/" end>
            {t('overview')}
          </NavLink>
          <NavLink to="/documents">{t('documents')}</NavLink>
          <NavLink to="/contracts-not-shown">{t('contractsNotShown')}</NavLink>
          <NavLink to="/profile">{t('profile')}</NavLink>
          <NavLink to="/paper-delivery">{t('paperDelivery')}</NavLink>
          <NavLink to="/help">{t('help')}</NavLink>
        </nav>
      )}
    </header>
  );
}

/** Pages of a signed-in customer; anyone else is sent to sign in and comes back after. */
function SignedInOnly({ signedIn }: { signedIn: boolean }) {
  const location = useLocation();
  if (!signedIn) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}

function NotFound() {
  const t = useT(common);
  return <p>{t('notFound')}</p>;
}

export function App() {
  const state = useSession();
  const signedIn = state.status === 'signedIn';
  return (
    <>
      <Header signedIn={signedIn} />
      <main id="main" tabIndex={-1}>
        {state.status === 'checking' ? (
          <Loading />
        ) : (
          <Routes>
            <Route path="/sign-in" element={signedIn ? <Navigate to="/" replace /> : <SignInPage />} />
            <Route path="/register" element={<RegisterPage />} />
            <Route path="/forgot-password" element={<PasswordResetPage />} />
            <Route path="/auth/:provider/callback" element={<IdentityProviderReturnPage />} />
            <Route path="/help" element={<HelpPage />} />
            {/* The home-screen procedure is a question of the FAQ; this address stays for links to it. */}
            <Route
              path="/help/home-screen"
              element={<Navigate to={`/help#${faqAnchor(HOME_SCREEN_FAQ_ENTRY)}`} replace />}
            />
            <Route element={<SignedInOnly signedIn={signedIn} />}>
              <Route path="/" element={<OverviewPage />} />
              <Route path="/contracts/life/:id" element={<LifeContractPage />} />
              <Route path="/contracts/non-life/:id" element={<NonLifeContractPage />} />
              <Route path="/documents" element={<DocumentsPage />} />
              <Route path="/contracts-not-shown" element={<ContractsNotShownPage />} />
              <Route path="/profile" element={<ProfilePage />} />
              <Route path="/paper-delivery" element={<PaperDeliveryPage />} />
            </Route>
            <Route path="*" element={<NotFound />} />
          </Routes>
        )}
      </main>
      <DevPanel />
    </>
  );
}
