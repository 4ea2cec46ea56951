import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { createPortalClient } from './graphql/client';
import { LanguageProvider } from './i18n/i18n';
import { currentLanguage } from './i18n/language';
import './styles.css';

const client = createPortalClient();
document.documentElement.lang = currentLanguage();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      {/* Answers are in the language they were asked in: a new language asks again. */}
      <LanguageProvider onChange={() => void client.refetchQueries({ include: 'active' })}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </LanguageProvider>
    </ApolloProvider>
  </StrictMode>,
);
