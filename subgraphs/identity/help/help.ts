import { requireSignedIn } from '../../../platform/auth/access';
import type { Viewer } from '../../../platform/auth/viewer';
import { forbidden } from '../../../platform/graphql/errors';
import type { Language } from '../../../platform/request';
import type { Help, HelpAudience } from '../generated/resolvers';
import { BROKER_FAQ } from './brokerFaq';
import { BROKER_FIRST_CONTACT, CONTACT_CENTRE, CONTACT_CENTRE_HELPS_WITH } from './contactCentre';
import { CUSTOMER_FAQ } from './customerFaq';
import type { FaqAudience, FaqSection } from './faq';

const FAQS: Readonly<Record<FaqAudience, readonly FaqSection[]>> = { customer: CUSTOMER_FAQ, broker: BROKER_FAQ };

const AUDIENCE_ENUM: Readonly<Record<FaqAudience, HelpAudience>> = { customer: 'CUSTOMER', broker: 'BROKER' };

/**
 * Whose Contact & Help the caller gets (docs/requirements.md §5.6): their token decides. Customers
 * and callers without a token get the customer's, broker users and broker systems the broker's.
 * Contact-centre staff answer both customers and brokers, so they get the customer's unless they
 * ask for the broker's. Anyone else asking for another audience's is refused (UNAUTHENTICATED without
 * a token, FORBIDDEN with one): a customer is never served text written to brokers, nor a broker
 * text written to customers.
 */
export function helpAudienceFor(viewer: Viewer, asked: HelpAudience | null | undefined): FaqAudience {
  const own: FaqAudience = viewer.role === 'broker' ? 'broker' : 'customer';
  if (!asked) return own;
  const wanted: FaqAudience = asked === 'BROKER' ? 'broker' : 'customer';
  if (wanted === own) return own;
  // Without a token the caller may be a broker not signed in yet (UNAUTHENTICATED tells them to sign in).
  if (requireSignedIn(viewer).role !== 'support')
    throw forbidden('Contact & Help for another audience is for contact-centre staff only.');
  return wanted;
}

/** Contact & Help in one language for one audience: its FAQ, the contact centre, and who to ask first. */
export function helpIn(language: Language, audience: FaqAudience = 'customer'): Help {
  return {
    __typename: 'Help',
    language: language === 'fr' ? 'FR' : language === 'en' ? 'EN' : 'NL',
    audience: AUDIENCE_ENUM[audience],
    faq: FAQS[audience].map((section) => ({
      __typename: 'FaqSection',
      id: section.id,
      title: section.title[language],
      questions: section.questions.map((entry) => ({
        __typename: 'FaqEntry',
        id: entry.id,
        question: entry.question[language],
        answer: entry.answer[language],
        seeAlso: [...(entry.seeAlso ?? [])],
      })),
    })),
    contactCentre: {
      __typename: 'ContactCentre',
      email: CONTACT_CENTRE.email,
      phone: CONTACT_CENTRE.phone,
      phoneDisplay: CONTACT_CENTRE.phoneDisplay,
      openingHours: CONTACT_CENTRE.openingHours.map((hours) => ({
        __typename: 'OpeningHours',
        days: [...hours.days],
        opens: hours.opens,
        closes: hours.closes,
      })),
      openingHoursText: CONTACT_CENTRE.openingHoursText[language],
      helpsWith: CONTACT_CENTRE_HELPS_WITH[audience][language],
    },
    brokerFirstContact: BROKER_FIRST_CONTACT[audience][language],
  };
}
