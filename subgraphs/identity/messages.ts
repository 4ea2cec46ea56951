import type { Language } from '../../platform/request';

/**
 * What the identity mutations tell the customer, in the portal's languages. Each message says
 * what happened and what to do; where only the contact centre can help, it says so, and the
 * problem's code tells the agent which case it is.
 */
const TEXT = {
  LOOKUP_NO_CUSTOMER: {
    nl: 'Geen klant gevonden met dit gegeven. Kijk de spelling na of zoek op een ander gegeven.',
    fr: 'Aucun client trouvé avec cette donnée. Vérifiez l’orthographe ou cherchez avec une autre donnée.',
    en: 'No customer found with this detail. Check the spelling or look up another detail.',
  },
  LOOKUP_SEVERAL_CUSTOMERS: {
    nl: 'Meer dan één klant past bij dit gegeven; er wordt er geen getoond. Zoek op een gegeven dat maar één klant heeft, zoals het rijksregisternummer of een contractnummer.',
    fr: 'Plus d’un client correspond à cette donnée ; aucun n’est affiché. Cherchez avec une donnée propre à un seul client, comme le numéro de registre national ou un numéro de contrat.',
    en: 'More than one customer matches this detail, so none is shown. Look up a detail only one customer has, such as the national register number or a contract number.',
  },
  SUPPORT_CODE_RESENT: {
    nl: 'Een nieuwe activatiecode voor contract {contract} gaat per post naar het adres van de klant in ons klantenbestand. Een eerdere code werkt niet meer.',
    fr: 'Un nouveau code d’activation pour le contrat {contract} part par la poste à l’adresse du client dans notre fichier clients. Un code précédent ne fonctionne plus.',
    en: 'A new activation code for contract {contract} is on its way by post to the customer’s address in our customer records. An earlier code no longer works.',
  },
  SUPPORT_ALREADY_REGISTERED: {
    nl: 'Deze klant heeft al een account met wachtwoord; er werd geen code verstuurd. De klant meldt zich aan, of vraagt een nieuw wachtwoord aan als hij het vergeten is.',
    fr: 'Ce client a déjà un compte avec mot de passe ; aucun code n’a été envoyé. Le client se connecte, ou demande un nouveau mot de passe s’il l’a oublié.',
    en: 'This customer already has an account with a password; no code was sent. The customer signs in, or asks for a new password if they forgot it.',
  },
  SUPPORT_NO_CONTRACT: {
    nl: 'Deze klant heeft geen contract en is door geen contract verzekerd, dus kan zich niet met een activatiecode registreren; er werd niets verstuurd.',
    fr: 'Ce client n’a aucun contrat et n’est assuré par aucun contrat : il ne peut pas s’inscrire avec un code d’activation ; rien n’a été envoyé.',
    en: 'This customer holds no contract and is insured by none, so cannot register with an activation code; nothing was sent.',
  },
  SUPPORT_CUSTOMER_NOT_FOUND: {
    nl: 'Er is geen klant met deze id; er werd niets gewijzigd. Zoek de klant op met een gegeven dat hij u geeft.',
    fr: 'Aucun client n’a cet identifiant ; rien n’a été modifié. Recherchez le client avec une donnée qu’il vous communique.',
    en: 'No customer has this id; nothing was changed. Look the customer up by a detail they give you.',
  },
  SUPPORT_LOCKOUT_LIFTED: {
    nl: 'De blokkering is opgeheven: de klant kan het meteen opnieuw proberen, met alle pogingen.',
    fr: 'Le blocage est levé : le client peut réessayer tout de suite, avec toutes ses tentatives.',
    en: 'The lockout is lifted: the customer can try again at once, with every attempt.',
  },
  SUPPORT_NO_LOCKOUT: {
    nl: 'De klant was niet geblokkeerd; eventuele foute pogingen worden niet meer meegeteld.',
    fr: 'Le client n’était pas bloqué ; les éventuelles tentatives erronées ne sont plus comptées.',
    en: 'The customer was not locked out; any wrong attempts no longer count.',
  },
  PERSON_NOT_FOUND: {
    nl: 'We vinden u niet terug in ons klantenbestand. Het contactcenter kan uw gegevens nakijken.',
    fr: 'Nous ne vous retrouvons pas dans notre fichier clients. Le centre de contact peut vérifier vos données.',
    en: 'We cannot find you in our customer records. The contact centre can check your details.',
  },
  PERSON_FOUND_SEVERAL_TIMES: {
    nl: 'U staat meer dan eens in ons klantenbestand, daardoor kunnen we u niet automatisch registreren. Het contactcenter voegt uw gegevens samen; probeer daarna opnieuw.',
    fr: 'Vous figurez plusieurs fois dans notre fichier clients, nous ne pouvons donc pas vous inscrire automatiquement. Le centre de contact fusionnera vos données ; réessayez ensuite.',
    en: 'You appear more than once in our customer records, so we cannot register you automatically. The contact centre will merge your records; then try again.',
  },
  DATA_MISMATCH: {
    nl: 'Uw gegevens komen niet overeen met die in ons klantenbestand. Het contactcenter kan ze nakijken en verbeteren.',
    fr: 'Vos données ne correspondent pas à celles de notre fichier clients. Le centre de contact peut les vérifier et les corriger.',
    en: 'Your details do not match those in our customer records. The contact centre can check and correct them.',
  },
  ALREADY_REGISTERED: {
    nl: 'U hebt al een account. Meld u aan, of stel een nieuw wachtwoord in als u het vergeten bent.',
    fr: 'Vous avez déjà un compte. Connectez-vous, ou définissez un nouveau mot de passe si vous l’avez oublié.',
    en: 'You already have an account. Sign in, or set a new password if you forgot it.',
  },
  NOT_REGISTERED: {
    nl: 'U hebt nog geen account. Registreer u eerst (met itsme, eID of uw persoonsgegevens).',
    fr: 'Vous n’avez pas encore de compte. Inscrivez-vous d’abord (avec itsme, l’eID ou vos données personnelles).',
    en: 'You do not have an account yet. Register first (with itsme, eID or your personal details).',
  },
  CONSENT_REQUIRED: {
    nl: 'Om u te registreren moet u akkoord gaan met het digitaal ontvangen van uw documenten. Daarna kunt u nog papieren documenten aanvragen.',
    fr: 'Pour vous inscrire, vous devez accepter de recevoir vos documents sous forme numérique. Vous pourrez ensuite demander des documents papier.',
    en: 'To register, you must agree to receive your documents digitally. You can still ask for paper documents afterwards.',
  },
  EMAIL_IN_USE_ACTIVATION_CODE_USED: {
    nl: 'Dit e-mailadres wordt al door een ander account gebruikt. Uw activatiecode is daarmee gebruikt: vraag een nieuwe aan en kies een ander adres, of bel het contactcenter als het uw adres is.',
    fr: 'Cette adresse e-mail est déjà utilisée par un autre compte. Votre code d’activation est donc utilisé : demandez-en un nouveau et choisissez une autre adresse, ou appelez le centre de contact si c’est la vôtre.',
    en: 'This e-mail address is already used by another account. Your activation code is now used up: request a new one and choose another address, or call the contact centre if the address is yours.',
  },
  EMAIL_IN_USE_CONTACT_CODE_USED: {
    nl: 'Dit e-mailadres wordt al door een ander account gebruikt; er werd niets gewijzigd. Vraag een nieuwe code aan voor een ander adres, of bel het contactcenter als het uw adres is.',
    fr: 'Cette adresse e-mail est déjà utilisée par un autre compte ; rien n’a été modifié. Demandez un nouveau code pour une autre adresse, ou appelez le centre de contact si c’est la vôtre.',
    en: 'This e-mail address is already used by another account; nothing was changed. Request a new code for another address, or call the contact centre if the address is yours.',
  },
  ACTIVATION_CODE_REQUESTED: {
    nl: 'Als dit contract en dit rijksregisternummer bij één klant horen die nog geen account heeft, sturen we een activatiecode per post naar het adres in ons klantenbestand. Geen brief binnen een week? Bel het contactcenter.',
    fr: 'Si ce contrat et ce numéro de registre national correspondent à un client qui n’a pas encore de compte, nous envoyons un code d’activation par la poste à l’adresse de notre fichier clients. Pas de lettre dans la semaine ? Appelez le centre de contact.',
    en: 'If this contract and this national register number belong to one customer without an account yet, we send an activation code by post to the address in our customer records. No letter within a week? Call the contact centre.',
  },
  ACTIVATION_CODE_INVALID: {
    nl: 'Deze activatiecode klopt niet. Controleer de code in de brief en het contractnummer.',
    fr: 'Ce code d’activation n’est pas correct. Vérifiez le code dans la lettre et le numéro de contrat.',
    en: 'This activation code is not correct. Check the code in the letter and the contract number.',
  },
  ACTIVATION_CODE_EXPIRED: {
    nl: 'Deze activatiecode is vervallen. Vraag een nieuwe code aan; die komt per post.',
    fr: 'Ce code d’activation a expiré. Demandez un nouveau code ; il vous sera envoyé par la poste.',
    en: 'This activation code has expired. Request a new one; it will come by post.',
  },
  ACTIVATION_CODE_SUPERSEDED: {
    nl: 'Er werd intussen een nieuwere activatiecode aangevraagd. Alleen de code uit de laatste brief werkt.',
    fr: 'Un code d’activation plus récent a été demandé entre-temps. Seul le code de la dernière lettre fonctionne.',
    en: 'A newer activation code has been requested since. Only the code in the latest letter works.',
  },
  ONE_TIME_CODE_INVALID: {
    nl: 'Deze code klopt niet. Controleer de sms.',
    fr: 'Ce code n’est pas correct. Vérifiez le SMS.',
    en: 'This code is not correct. Check the text message.',
  },
  ONE_TIME_CODE_EXPIRED: {
    nl: 'Deze code is niet meer geldig. Meld u opnieuw aan om een nieuwe sms te ontvangen.',
    fr: 'Ce code n’est plus valable. Reconnectez-vous pour recevoir un nouveau SMS.',
    en: 'This code is no longer valid. Sign in again to receive a new text message.',
  },
  RESET_CODE_INVALID: {
    nl: 'Deze code om uw wachtwoord te herstellen klopt niet. Controleer de code in de brief en uw e-mailadres.',
    fr: 'Ce code de réinitialisation du mot de passe n’est pas correct. Vérifiez le code dans la lettre et votre adresse e-mail.',
    en: 'This password reset code is not correct. Check the code in the letter and your e-mail address.',
  },
  RESET_CODE_EXPIRED: {
    nl: 'Deze code om uw wachtwoord te herstellen is niet meer geldig (vervallen of al gebruikt). Vraag een nieuwe aan.',
    fr: 'Ce code de réinitialisation du mot de passe n’est plus valable (expiré ou déjà utilisé). Demandez-en un nouveau.',
    en: 'This password reset code is no longer valid (expired or already used). Request a new one.',
  },
  RESET_CODE_SUPERSEDED: {
    nl: 'Er werd intussen een nieuwere code aangevraagd. Alleen de code uit de laatste brief werkt.',
    fr: 'Un code plus récent a été demandé entre-temps. Seul le code de la dernière lettre fonctionne.',
    en: 'A newer code has been requested since. Only the code in the latest letter works.',
  },
  LOCKED_OUT: {
    nl: 'Te veel foute pogingen. Probeer opnieuw over {minutes} minuten, of bel het contactcenter.',
    fr: 'Trop de tentatives erronées. Réessayez dans {minutes} minutes, ou appelez le centre de contact.',
    en: 'Too many wrong attempts. Try again in {minutes} minutes, or call the contact centre.',
  },
  INVALID_CREDENTIALS: {
    nl: 'Het e-mailadres of het wachtwoord klopt niet.',
    fr: 'L’adresse e-mail ou le mot de passe n’est pas correct.',
    en: 'The e-mail address or the password is not correct.',
  },
  NO_MOBILE_NUMBER: {
    nl: 'We kennen geen gsm-nummer om uw aanmeldcode naar te sturen. Het contactcenter kan het toevoegen; u kunt zich ook aanmelden met itsme of eID.',
    fr: 'Nous ne connaissons pas de numéro de GSM où envoyer votre code de connexion. Le centre de contact peut l’ajouter ; vous pouvez aussi vous connecter avec itsme ou l’eID.',
    en: 'We have no mobile number to send your sign-in code to. The contact centre can add it; you can also sign in with itsme or eID.',
  },
  PROVIDER_SIGN_IN_FAILED: {
    nl: 'Aanmelden met {provider} is niet gelukt. Begin opnieuw.',
    fr: 'La connexion avec {provider} n’a pas abouti. Recommencez.',
    en: 'Signing in with {provider} did not succeed. Please start again.',
  },
  REFRESH_TOKEN_INVALID: {
    nl: 'Uw sessie is beëindigd. Meld u opnieuw aan.',
    fr: 'Votre session a pris fin. Reconnectez-vous.',
    en: 'Your session has ended. Please sign in again.',
  },
  REFRESH_TOKEN_REUSED: {
    nl: 'Voor uw veiligheid werd uw sessie beëindigd. Meld u opnieuw aan.',
    fr: 'Pour votre sécurité, votre session a été clôturée. Reconnectez-vous.',
    en: 'For your safety, your session was ended. Please sign in again.',
  },
  PASSWORD_RESET_REQUESTED: {
    nl: 'Als een account dit e-mailadres gebruikt, krijgt de klant per post een code om een nieuw wachtwoord in te stellen.',
    fr: 'Si un compte utilise cette adresse e-mail, le client recevra par la poste un code pour définir un nouveau mot de passe.',
    en: 'If an account uses this e-mail address, the customer will receive a code by post to set a new password.',
  },
  PASSWORD_CHANGED: {
    nl: 'Uw wachtwoord is gewijzigd en u bent overal afgemeld. Meld u aan met uw nieuwe wachtwoord.',
    fr: 'Votre mot de passe a été modifié et vous avez été déconnecté partout. Connectez-vous avec votre nouveau mot de passe.',
    en: 'Your password was changed and you were signed out everywhere. Sign in with your new password.',
  },
  ONE_TIME_CODE_REQUIRED: {
    nl: 'Om uw contactgegevens te wijzigen hebt u een code per sms nodig. Vraag ze aan en bevestig de wijziging met die code.',
    fr: 'Pour modifier vos coordonnées, il vous faut un code par SMS. Demandez-le et confirmez la modification avec ce code.',
    en: 'Changing your contact details needs a code by text message. Request it, then confirm the change with that code.',
  },
  CONTACT_CODE_INVALID: {
    nl: 'Deze code klopt niet. Controleer de sms.',
    fr: 'Ce code n’est pas correct. Vérifiez le SMS.',
    en: 'This code is not correct. Check the text message.',
  },
  CONTACT_CODE_EXPIRED: {
    nl: 'Deze code is niet (meer) geldig voor deze wijziging: ze is vervallen, al gebruikt, of werd gevraagd voor andere gegevens. Vraag een nieuwe code aan.',
    fr: 'Ce code n’est pas (ou plus) valable pour cette modification : il a expiré, a déjà servi ou a été demandé pour d’autres données. Demandez un nouveau code.',
    en: 'This code is not (or no longer) valid for this change: it expired, was already used, or was requested for other details. Request a new code.',
  },
  CONTACT_CHANGED: {
    nl: 'Uw contactgegevens zijn aangepast in ons klantenbestand.',
    fr: 'Vos coordonnées ont été modifiées dans notre fichier clients.',
    en: 'Your contact details have been updated in our customer records.',
  },
  CONTACT_CHANGE_APPLYING: {
    nl: 'We hebben uw wijziging ontvangen. Ons klantenbestand wordt zo dadelijk bijgewerkt; u hoeft niets opnieuw te doen.',
    fr: 'Nous avons bien reçu votre modification. Notre fichier clients sera mis à jour dans quelques instants ; vous ne devez rien refaire.',
    en: 'We have received your change. Our customer records will be updated shortly; you do not need to do anything again.',
  },
  CONTACT_CONTRACT_ADDRESSES: {
    nl: 'Het adres op uw bestaande contracten wordt hierdoor niet automatisch aangepast. Vraag uw makelaar of adviseur om het op uw contracten te wijzigen.',
    fr: 'L’adresse figurant sur vos contrats existants n’est pas modifiée automatiquement. Demandez à votre courtier ou conseiller de la modifier sur vos contrats.',
    en: 'This does not change the address on your existing contracts automatically. Ask your broker or adviser to change it on your contracts.',
  },
  CONTACT_SIGNED_OUT: {
    nl: 'Omdat u zich met uw e-mailadres en gsm-nummer aanmeldt, werden al uw sessies beëindigd: meld u opnieuw aan wanneer dat gevraagd wordt.',
    fr: 'Comme vous vous connectez avec votre adresse e-mail et votre numéro de GSM, toutes vos sessions ont été clôturées : reconnectez-vous lorsque cela vous est demandé.',
    en: 'Because you sign in with your e-mail address and mobile number, all your sessions were ended: sign in again when asked.',
  },
  'input.details': {
    nl: 'Geef minstens één gegeven om te wijzigen: e-mailadres, gsm-nummer of postadres.',
    fr: 'Indiquez au moins une donnée à modifier : adresse e-mail, numéro de GSM ou adresse postale.',
    en: 'Give at least one detail to change: e-mail address, mobile number or postal address.',
  },
  'input.mobile': {
    nl: 'Geef een Belgisch gsm-nummer op, bv. 0470 12 34 56 of +32 470 12 34 56.',
    fr: 'Indiquez un numéro de GSM belge, p. ex. 0470 12 34 56 ou +32 470 12 34 56.',
    en: 'Enter a Belgian mobile number, e.g. 0470 12 34 56 or +32 470 12 34 56.',
  },
  'input.street': {
    nl: 'Geef de straat op (hoogstens 100 tekens).',
    fr: 'Indiquez la rue (100 caractères au maximum).',
    en: 'Enter the street (at most 100 characters).',
  },
  'input.houseNumber': {
    nl: 'Een huisnummer begint met een cijfer en heeft hoogstens 10 tekens, bv. 12 of 12A.',
    fr: 'Un numéro de maison commence par un chiffre et compte 10 caractères au maximum, p. ex. 12 ou 12A.',
    en: 'A house number starts with a digit and has at most 10 characters, e.g. 12 or 12A.',
  },
  'input.box': {
    nl: 'Een busnummer heeft hoogstens 10 tekens.',
    fr: 'Un numéro de boîte compte 10 caractères au maximum.',
    en: 'A box number has at most 10 characters.',
  },
  'input.postalCode': {
    nl: 'Een Belgische postcode heeft 4 cijfers, bv. 1000.',
    fr: 'Un code postal belge compte 4 chiffres, p. ex. 1000.',
    en: 'A Belgian postal code has 4 digits, e.g. 1000.',
  },
  'input.municipality': {
    nl: 'Geef de gemeente op (hoogstens 100 tekens).',
    fr: 'Indiquez la commune (100 caractères au maximum).',
    en: 'Enter the municipality (at most 100 characters).',
  },
  'input.country': {
    nl: 'In de klantenzone kunt u alleen een adres in België opgeven. Voor een adres in het buitenland helpt het contactcenter u.',
    fr: 'Dans l’espace client, seule une adresse en Belgique peut être indiquée. Pour une adresse à l’étranger, le centre de contact vous aide.',
    en: 'Only an address in Belgium can be entered in the customer zone. For an address abroad, the contact centre will help you.',
  },
  'input.contractNumber': {
    nl: 'Een contractnummer is een L of V gevolgd door 9 cijfers, bv. L000000010.',
    fr: 'Un numéro de contrat est un L ou un V suivi de 9 chiffres, p. ex. L000000010.',
    en: 'A contract number is an L or a V followed by 9 digits, e.g. L000000010.',
  },
  'input.nationalRegisterNumber': {
    nl: 'Een rijksregisternummer heeft 11 cijfers met geldige controlecijfers (zie de achterkant van uw identiteitskaart).',
    fr: 'Un numéro de registre national compte 11 chiffres avec des chiffres de contrôle valides (voir le verso de votre carte d’identité).',
    en: 'A national register number has 11 digits with valid check digits (see the back of your identity card).',
  },
  'input.email': {
    nl: 'Geef een geldig e-mailadres op (hoogstens 254 tekens).',
    fr: 'Indiquez une adresse e-mail valable (254 caractères au maximum).',
    en: 'Enter a valid e-mail address (at most 254 characters).',
  },
  'input.emailCharacters': {
    nl: 'Een e-mailadres bevat alleen letters zonder accenten (a-z), cijfers en tekens zoals . _ - +. Geef een domeinnaam met accenten op in zijn xn--vorm.',
    fr: 'Une adresse e-mail ne contient que des lettres sans accents (a-z), des chiffres et des signes comme . _ - +. Indiquez un nom de domaine accentué sous sa forme xn--.',
    en: 'An e-mail address contains only letters without accents (a-z), digits and signs such as . _ - +. Enter a domain name with accents in its xn-- form.',
  },
  'input.password': {
    nl: 'Een wachtwoord heeft 12 tot 128 tekens.',
    fr: 'Un mot de passe compte de 12 à 128 caractères.',
    en: 'A password has 12 to 128 characters.',
  },
  'input.code': {
    nl: 'De code heeft het formaat uit de brief: 12 letters en cijfers, bv. ABCD-EFGH-JKLM.',
    fr: 'Le code a le format de la lettre : 12 lettres et chiffres, p. ex. ABCD-EFGH-JKLM.',
    en: 'The code has the format in the letter: 12 letters and digits, e.g. ABCD-EFGH-JKLM.',
  },
  'input.oneTimeCode': {
    nl: 'De code uit de sms heeft 6 cijfers.',
    fr: 'Le code du SMS compte 6 chiffres.',
    en: 'The code in the text message has 6 digits.',
  },
  'input.challengeId': {
    nl: 'Deze aanmelding is niet (meer) geldig. Meld u opnieuw aan.',
    fr: 'Cette connexion n’est pas (plus) valable. Reconnectez-vous.',
    en: 'This sign-in is not (or no longer) valid. Please sign in again.',
  },
  'input.authorizationCode': {
    nl: 'De code van de identiteitsprovider ontbreekt of is te lang. Begin opnieuw.',
    fr: 'Le code du fournisseur d’identité manque ou est trop long. Recommencez.',
    en: 'The identity provider’s code is missing or too long. Please start again.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageKey = keyof typeof TEXT;

/** The message in `language`, with `{name}` placeholders filled in. */
export function message(key: MessageKey, language: Language, values: Record<string, string | number> = {}): string {
  return TEXT[key][language].replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}
