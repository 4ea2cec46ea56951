import type { Language } from '../../../platform/request';
import type { Help } from '../generated/resolvers';
import { BROKER_FIRST_CONTACT, CONTACT_CENTRE } from './contactCentre';
import { FAQ } from './faq';

/** Contact & Help in one language: the FAQ, the contact centre, and who to ask first. */
export function helpIn(language: Language): Help {
  return {
    __typename: 'Help',
    language: language === 'fr' ? 'FR' : language === 'en' ? 'EN' : 'NL',
    faq: FAQ.map((section) => ({
      __typename: 'FaqSection',
      id: section.id,
      title: section.title[language],
      questions: section.questions.map((entry) => ({
        __typename: 'FaqEntry',
        id: entry.id,
        question: entry.question[language],
        answer: entry.answer[language],
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
      helpsWith: CONTACT_CENTRE.helpsWith[language],
    },
    brokerFirstContact: BROKER_FIRST_CONTACT[language],
  };
}
