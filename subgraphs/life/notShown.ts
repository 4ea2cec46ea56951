import type { Language } from '../../platform/request';
import type { ContractNotShown } from './generated/resolvers';
import { productLabel } from './labels';
import type { LifeContract } from './model';

type NotShownKind = 'DEATH_COVER' | 'GUARANTEED_INCOME';

const REASSURANCE: Readonly<Record<Language, string>> = {
  nl: 'Dat betekent niet dat er iets met uw contract aan de hand is; met vragen kunt u terecht bij uw makelaar.',
  fr: "Cela ne signifie pas qu'il y a un problème avec votre contrat ; pour toute question, adressez-vous à votre courtier.",
  en: 'This does not mean anything is wrong with your contract; your broker can answer any questions.',
};

const EXPLANATIONS: Readonly<Record<NotShownKind, Readonly<Record<Language, string>>>> = {
  DEATH_COVER: {
    nl: 'Losse overlijdensverzekeringen worden nog niet getoond in uw klantenzone.',
    fr: 'Les assurances décès souscrites séparément ne sont pas encore affichées dans votre espace client.',
    en: 'Standalone death cover is not shown in your customer zone yet.',
  },
  GUARANTEED_INCOME: {
    nl: 'Losse verzekeringen gewaarborgd inkomen worden nog niet getoond in uw klantenzone.',
    fr: 'Les assurances revenu garanti souscrites séparément ne sont pas encore affichées dans votre espace client.',
    en: 'Standalone guaranteed income cover is not shown in your customer zone yet.',
  },
};

/**
 * The year each kind is planned to appear in the portal, as product management announced it
 * (the zone's FAQ gave 2025 for standalone death cover and guaranteed income alike); null while
 * no date has been announced.
 */
const PLANNED_YEAR: Readonly<Record<NotShownKind, number | null>> = {
  DEATH_COVER: 2025,
  GUARANTEED_INCOME: 2025,
};

const EXPECTED_IN: Readonly<Record<Language, (year: number) => string>> = {
  nl: (year) => `Verwacht in ${year}`,
  fr: (year) => `Prévu en ${year}`,
  en: (year) => `Expected in ${year}`,
};

const isNotShownKind = (kind: string): kind is NotShownKind => Object.hasOwn(EXPLANATIONS, kind);

/** The "I can't find my contract" entry for a life contract the portal does not show. */
export function lifeContractNotShown(contract: LifeContract, language: Language): ContractNotShown {
  if (contract.notShownReason === null || !isNotShownKind(contract.kind))
    throw new Error(`contract ${contract.contractNumber} is shown in the portal`);
  const year = PLANNED_YEAR[contract.kind];
  return {
    contractNumber: contract.contractNumber,
    domain: 'LIFE',
    productLabel: productLabel(contract.productCode, contract.productName, language),
    reason: contract.notShownReason,
    explanation: `${EXPLANATIONS[contract.kind][language]} ${REASSURANCE[language]}`,
    expectedAvailability: year === null ? null : EXPECTED_IN[language](year),
  };
}
