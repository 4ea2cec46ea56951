import type { Language } from '../../../platform/request';
import type { FaqAudience } from './faq';

export type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';

export interface OpeningHours {
  days: readonly Weekday[];
  /** Local time in Brussels, HH:MM. */
  opens: string;
  closes: string;
}

/** The contact centre as Contact & Help gives it (docs/requirements.md §5.2): for customers who cannot register or sign in. */
export const CONTACT_CENTRE = {
  email: 'myvivium@vivium.be',
  phone: '+3224068709',
  phoneDisplay: '02 406 87 09',
  openingHours: [
    { days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'], opens: '08:30', closes: '17:00' },
    { days: ['FRIDAY'], opens: '08:30', closes: '16:00' },
  ] satisfies readonly OpeningHours[],
  openingHoursText: {
    nl: 'ma-do 8.30 tot 17 uur en vrij 8.30 tot 16 uur',
    fr: 'du lundi au jeudi de 8 h 30 à 17 h et le vendredi de 8 h 30 à 16 h',
    en: 'Monday to Thursday 8.30 am to 5 pm, Friday 8.30 am to 4 pm',
  } satisfies Record<Language, string>,
} as const;

/** What the contact centre helps with, said to each audience (docs/requirements.md §5.2, §5.6). */
export const CONTACT_CENTRE_HELPS_WITH: Readonly<Record<FaqAudience, Record<Language, string>>> = {
  customer: {
    nl: 'Kunt u geen account aanmaken of niet inloggen? Ons contactcenter helpt u verder.',
    fr: 'Vous ne parvenez pas à créer un compte ou à vous connecter ? Notre centre de contact vous aide.',
    en: 'Cannot create an account or sign in? Our contact centre will help you.',
  },
  broker: {
    nl: 'Kan uw klant geen account aanmaken of niet inloggen? Ons contactcenter helpt hem, en u, verder.',
    fr: 'Votre client ne parvient pas à créer un compte ou à se connecter ? Notre centre de contact l’aide, et vous aussi.',
    en: 'Your customer cannot create an account or sign in? Our contact centre will help them, and you.',
  },
};

/** docs/requirements.md §5.3: the broker stays the first contact, above all for the contracts; said to each audience. */
export const BROKER_FIRST_CONTACT: Readonly<Record<FaqAudience, Record<Language, string>>> = {
  customer: {
    nl: 'Uw makelaar blijft uw belangrijkste contactpunt, zeker voor vragen over uw contracten.',
    fr: 'Votre courtier reste votre principal point de contact, surtout pour les questions sur vos contrats.',
    en: 'Your broker remains your main point of contact, especially for questions about your contracts.',
  },
  broker: {
    nl: 'U blijft het belangrijkste contactpunt van uw klant, zeker voor vragen over zijn contracten.',
    fr: 'Vous restez le principal point de contact de votre client, surtout pour les questions sur ses contrats.',
    en: 'You remain your customer’s main point of contact, especially for questions about their contracts.',
  },
};
