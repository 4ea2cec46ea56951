import type { Language } from '../../platform/request';
import type { ContractNotShown } from './generated/resolvers';
import type { HiddenNonLifeContract, NotShownReason } from './model';

type Localised = Record<Language, string>;

/** Names of the V-Connect products the portal does not show; another product keeps V-Connect's own name. */
const PRODUCT_LABELS: Readonly<Record<string, Localised>> = {
  JACHT: { nl: 'BA Jacht', fr: 'RC chasse', en: 'Hunting liability' },
  BOOT: { nl: 'Pleziervaartuigenverzekering', fr: 'Assurance bateau de plaisance', en: 'Pleasure craft insurance' },
  FIETS: { nl: 'Fietsverzekering', fr: 'Assurance vélo', en: 'Bicycle insurance' },
  AUTO_OUD: {
    nl: 'Autoverzekering (oud contract)',
    fr: 'Assurance auto (ancien contrat)',
    en: 'Car insurance (former contract)',
  },
};

const EXPLANATIONS: Readonly<Record<NotShownReason, Localised>> = {
  NICHE_PRODUCT: {
    nl: 'De klantenzone toont dit specifieke product niet. Uw contract loopt gewoon verder; uw makelaar of ons contactcenter helpt u met vragen en documenten.',
    fr: 'L’espace client n’affiche pas ce produit spécifique. Votre contrat reste en vigueur ; votre courtier ou notre centre de contact vous aide pour vos questions et documents.',
    en: 'The customer zone does not show this specialised product. Your contract remains in force; your broker or our contact centre can help with questions and documents.',
  },
  LEGACY_SYSTEM: {
    nl: 'Dit contract wordt nog beheerd in ons vorige systeem. Het verschijnt in de klantenzone zodra het is overgezet; uw dekking verandert daardoor niet.',
    fr: 'Ce contrat est encore géré dans notre ancien système. Il apparaîtra dans l’espace client dès son transfert ; votre couverture n’en change pas.',
    en: 'This contract is still managed in our previous system. It will appear in the customer zone once it has been moved; your cover does not change.',
  },
  NOT_YET_SUPPORTED: {
    nl: 'De klantenzone kan dit soort contract nog niet tonen. Uw contract loopt gewoon verder; uw makelaar of ons contactcenter helpt u met vragen en documenten.',
    fr: 'L’espace client ne peut pas encore afficher ce type de contrat. Votre contrat reste en vigueur ; votre courtier ou notre centre de contact vous aide pour vos questions et documents.',
    en: 'The customer zone cannot show this kind of contract yet. Your contract remains in force; your broker or our contact centre can help with questions and documents.',
  },
};

const LOCALES: Readonly<Record<Language, string>> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

const FROM_RENEWAL: Readonly<Record<Language, (date: string) => string>> = {
  nl: (date) => `Vanaf de hoofdvervaldag, ${date}`,
  fr: (date) => `À partir de l’échéance annuelle, le ${date}`,
  en: (date) => `From its annual renewal date, ${date}`,
};

function longDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

/**
 * Legacy motor contracts move to V-Connect at their main renewal date (the insurer's migration
 * plan), so that is when they will be shown; for the other reasons no date is known.
 */
function expectedAvailability(contract: HiddenNonLifeContract, language: Language, today: string): string | null {
  if (contract.reason !== 'LEGACY_SYSTEM' || contract.renewalDate <= today) return null;
  return FROM_RENEWAL[language](longDate(contract.renewalDate, language));
}

/** The customer's explanation of one non-life contract the portal does not show, in their language. */
export function nonLifeContractNotShown(
  contract: HiddenNonLifeContract,
  language: Language,
  today: string,
): ContractNotShown {
  const label = Object.hasOwn(PRODUCT_LABELS, contract.productCode)
    ? PRODUCT_LABELS[contract.productCode]?.[language]
    : undefined;
  return {
    contractNumber: contract.contractNumber,
    domain: 'NON_LIFE',
    productLabel: label ?? contract.productName,
    reason: contract.reason,
    explanation: EXPLANATIONS[contract.reason][language],
    expectedAvailability: expectedAvailability(contract, language, today),
  };
}
