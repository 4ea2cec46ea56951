import type { Language } from '../../platform/request';
import type { PaperDeliveryProblemCode } from './generated/resolvers';

const PROBLEM_MESSAGES: Record<PaperDeliveryProblemCode, Record<Language, string>> = {
  ALREADY_DECIDED: {
    nl: 'Over deze aanvraag werd al anders beslist; er is niets gewijzigd.',
    fr: 'Cette demande a déjà fait l’objet d’une autre décision ; rien n’a été modifié.',
    en: 'This request was already decided the other way; nothing was changed.',
  },
  NOT_FOUND: {
    nl: 'Er bestaat geen aanvraag met dit nummer; er is niets gewijzigd.',
    fr: 'Aucune demande ne porte ce numéro ; rien n’a été modifié.',
    en: 'No request has this id; nothing was changed.',
  },
};

export const problemMessage = (code: PaperDeliveryProblemCode, language: Language): string =>
  PROBLEM_MESSAGES[code][language];
