import type { Language } from '../i18n/language';

const LOCALES: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-BE' };

/** An amount as the graph gives it (a decimal string and a currency), e.g. "€ 1.234,56" in nl. */
export function formatMoney(
  language: Language,
  money: { amount: string; currency: string } | null | undefined,
): string {
  if (!money) return '–';
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: money.currency }).format(
    Number(money.amount),
  );
}

/** A date (YYYY-MM-DD) or date-time, e.g. "1 juli 2025" in nl. */
export function formatDate(language: Language, value: string | null | undefined): string {
  if (!value) return '–';
  const date = value.length === 10 ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(date);
}

/** A percentage as the graph gives it (a decimal string, "2.25" for 2.25 %). */
export function formatPercentage(language: Language, value: string | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return `${new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }).format(Number(value))} %`;
}

export function formatBytes(language: Language, bytes: number): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
    Math.max(1, Math.round(bytes / 1024)),
  );
}
