/** The page's language: nl, fr or en, chosen in the page and sent as Accept-Language. */
export const LANGUAGES = ['nl', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Only the choice of language is kept in the browser (localStorage); never a token or personal data. */
const STORAGE_KEY = 'portal-language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (LANGUAGES.includes(stored as Language)) return stored as Language;
  const browser = navigator.language.slice(0, 2);
  return LANGUAGES.includes(browser as Language) ? (browser as Language) : 'nl';
}

let language: Language = initialLanguage();

export function currentLanguage(): Language {
  return language;
}

export function storeLanguage(next: Language): void {
  language = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
}
