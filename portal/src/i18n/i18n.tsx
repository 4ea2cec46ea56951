import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { currentLanguage, storeLanguage, type Language } from './language';

/** A page's texts in the three languages; English gives the keys, nl and fr must have each of them. */
export interface Catalogue<K extends string> {
  en: Record<K, string>;
  nl: Record<K, string>;
  fr: Record<K, string>;
}

export function catalogue<K extends string>(texts: Catalogue<K>): Catalogue<K> {
  return texts;
}

interface LanguageState {
  language: Language;
  setLanguage(language: Language): void;
}

const LanguageContext = createContext<LanguageState>({ language: 'nl', setLanguage: () => undefined });

export function LanguageProvider({ children, onChange }: { children: ReactNode; onChange(language: Language): void }) {
  const [language, setState] = useState<Language>(currentLanguage);
  const setLanguage = useCallback(
    (next: Language) => {
      storeLanguage(next);
      setState(next);
      onChange(next);
    },
    [onChange],
  );
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

/** `t(key, { name: 'An' })` gives the text in the page's language, with `{name}` filled in. */
export function useT<K extends string>(
  texts: Catalogue<K>,
): (key: K, values?: Record<string, string | number>) => string {
  const { language } = useLanguage();
  return useCallback(
    (key, values) => {
      const text = texts[language][key];
      return values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole)) : text;
    },
    [language, texts],
  );
}
