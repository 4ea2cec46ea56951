import type { Language } from '../../platform/request';
import type { DocumentRequestProblemCode, PaperDeliveryProblemCode } from './generated/resolvers';

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

const DOCUMENT_REQUEST_PROBLEM_MESSAGES: Record<DocumentRequestProblemCode, Record<Language, string>> = {
  ALREADY_DECIDED: {
    nl: 'Over deze documentaanvraag werd al anders beslist; er is niets gewijzigd.',
    fr: 'Cette demande de document a déjà fait l’objet d’une autre décision ; rien n’a été modifié.',
    en: 'This document request was already decided the other way; nothing was changed.',
  },
  NOT_FOUND: {
    nl: 'Er bestaat geen documentaanvraag met dit nummer; er is niets gewijzigd.',
    fr: 'Aucune demande de document ne porte ce numéro ; rien n’a été modifié.',
    en: 'No document request has this id; nothing was changed.',
  },
};

export const documentRequestProblemMessage = (code: DocumentRequestProblemCode, language: Language): string =>
  DOCUMENT_REQUEST_PROBLEM_MESSAGES[code][language];
