import type { Language } from './generated/resolvers';
import type { ContactField } from './model';

/**
 * The texts identity hands to the postal and SMS gateways, in the customer's language of
 * correspondence (from the customer master). The gateways only deliver what they are given.
 */
type Correspondence = Record<Language, readonly string[]>;

const ACTIVATION: Correspondence = {
  NL: [
    'Uw activatiecode voor de klantenzone: {code}',
    'Registreer u met deze code en contractnummer {contract} vóór {validUntil}.',
    'Een nieuwe aanvraag maakt deze code ongeldig.',
  ],
  FR: [
    'Votre code d’activation pour l’espace client : {code}',
    'Inscrivez-vous avec ce code et le numéro de contrat {contract} avant le {validUntil}.',
    'Une nouvelle demande annule ce code.',
  ],
  DE: [
    'Ihr Aktivierungscode für den Kundenbereich: {code}',
    'Registrieren Sie sich mit diesem Code und der Vertragsnummer {contract} vor dem {validUntil}.',
    'Eine neue Anfrage macht diesen Code ungültig.',
  ],
};

const PASSWORD_RESET: Correspondence = {
  NL: [
    'Uw code om een nieuw wachtwoord in te stellen: {code}',
    'Geldig tot {validUntil}. Hebt u dit niet gevraagd? Bel dan het contactcenter.',
  ],
  FR: [
    'Votre code pour définir un nouveau mot de passe : {code}',
    'Valable jusqu’au {validUntil}. Vous n’avez rien demandé ? Appelez le centre de contact.',
  ],
  DE: [
    'Ihr Code zum Festlegen eines neuen Passworts: {code}',
    'Gültig bis {validUntil}. Haben Sie dies nicht angefordert? Rufen Sie das Kundencenter an.',
  ],
};

const SIGN_IN_SMS: Record<Language, string> = {
  NL: 'Uw aanmeldcode: {code}. Geldig {minutes} minuten. Deel deze code met niemand.',
  FR: 'Votre code de connexion : {code}. Valable {minutes} minutes. Ne le communiquez à personne.',
  DE: 'Ihr Anmeldecode: {code}. Gültig {minutes} Minuten. Geben Sie ihn an niemanden weiter.',
};

const CONTACT_CHANGE_SMS: Record<Language, string> = {
  NL: 'Uw code om uw contactgegevens te wijzigen: {code}. Geldig {minutes} minuten. Niet aangevraagd? Bel het contactcenter.',
  FR: 'Votre code pour modifier vos coordonnées : {code}. Valable {minutes} minutes. Pas demandé ? Appelez le centre de contact.',
  DE: 'Ihr Code zum Ändern Ihrer Kontaktdaten: {code}. Gültig {minutes} Minuten. Nicht angefordert? Rufen Sie das Kundencenter an.',
};

const CONTACT_CHANGE_NOTICE: Correspondence = {
  NL: [
    'Op {date} werden in de klantenzone uw contactgegevens gewijzigd: {fields}.',
    'Deze brief gaat naar het adres dat we vóór de wijziging kenden.',
    'Hebt u dit niet gevraagd? Bel dan meteen het contactcenter.',
  ],
  FR: [
    'Le {date}, vos coordonnées ont été modifiées dans l’espace client : {fields}.',
    'Cette lettre est envoyée à l’adresse que nous connaissions avant la modification.',
    'Vous n’avez rien demandé ? Appelez immédiatement le centre de contact.',
  ],
  DE: [
    'Am {date} wurden Ihre Kontaktdaten im Kundenbereich geändert: {fields}.',
    'Dieser Brief geht an die Anschrift, die wir vor der Änderung kannten.',
    'Haben Sie dies nicht angefordert? Rufen Sie sofort das Kundencenter an.',
  ],
};

const CONTACT_CHANGE_NOTICE_SMS: Record<Language, string> = {
  NL: 'Uw contactgegevens in de klantenzone werden gewijzigd: {fields}. Was u dit niet? Bel meteen het contactcenter.',
  FR: 'Vos coordonnées ont été modifiées dans l’espace client : {fields}. Ce n’était pas vous ? Appelez immédiatement le centre de contact.',
  DE: 'Ihre Kontaktdaten im Kundenbereich wurden geändert: {fields}. Waren Sie das nicht? Rufen Sie sofort das Kundencenter an.',
};

/** The changed details by name (never their values, old or new). */
const FIELD_NAMES: Record<Language, Record<ContactField, string>> = {
  NL: { EMAIL: 'e-mailadres', MOBILE: 'gsm-nummer', POSTAL_ADDRESS: 'postadres' },
  FR: { EMAIL: 'adresse e-mail', MOBILE: 'numéro de GSM', POSTAL_ADDRESS: 'adresse postale' },
  DE: { EMAIL: 'E-Mail-Adresse', MOBILE: 'Handynummer', POSTAL_ADDRESS: 'Postanschrift' },
};

const fieldNames = (language: Language, fields: readonly ContactField[]): string =>
  fields.map((field) => FIELD_NAMES[language][field]).join(', ');

const fill = (text: string, values: Record<string, string>): string =>
  text.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);

const day = (date: Date): string => date.toISOString().slice(0, 10);

export function activationLetter(
  language: Language,
  values: { code: string; contract: string; validUntil: Date },
): string[] {
  return ACTIVATION[language].map((line) =>
    fill(line, { code: values.code, contract: values.contract, validUntil: day(values.validUntil) }),
  );
}

export function passwordResetLetter(language: Language, values: { code: string; validUntil: Date }): string[] {
  return PASSWORD_RESET[language].map((line) => fill(line, { code: values.code, validUntil: day(values.validUntil) }));
}

const minutes = (ttlSeconds: number): string => String(Math.max(1, Math.round(ttlSeconds / 60)));

export function signInSms(language: Language, values: { code: string; ttlSeconds: number }): string {
  return fill(SIGN_IN_SMS[language], { code: values.code, minutes: minutes(values.ttlSeconds) });
}

export function contactChangeSms(language: Language, values: { code: string; ttlSeconds: number }): string {
  return fill(CONTACT_CHANGE_SMS[language], { code: values.code, minutes: minutes(values.ttlSeconds) });
}

/** To the postal address on file before a change of it: what changed, and whom to call if it was not the customer. */
export function contactChangeNoticeLetter(
  language: Language,
  values: { fields: readonly ContactField[]; changedAt: Date },
): string[] {
  return CONTACT_CHANGE_NOTICE[language].map((line) =>
    fill(line, { date: day(values.changedAt), fields: fieldNames(language, values.fields) }),
  );
}

/** To the mobile number on file before the change. */
export function contactChangeNoticeSms(language: Language, values: { fields: readonly ContactField[] }): string {
  return fill(CONTACT_CHANGE_NOTICE_SMS[language], { fields: fieldNames(language, values.fields) });
}
