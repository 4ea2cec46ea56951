import type { Language } from '../../../platform/request';

export type Text = Readonly<Record<Language, string>>;

/** Whom an FAQ is written for (docs/requirements.md §5.6): customers ("you", "your contract") or broker users. */
export type FaqAudience = 'customer' | 'broker';

export interface FaqQuestion {
  /** The insurer's numbering of the FAQ, e.g. "II.4": stable, for links and for the contact centre; unique in its FAQ. */
  id: string;
  question: Text;
  /**
   * Paragraphs separated by a blank line; list items on lines of their own starting with "· ",
   * steps to follow in order on lines starting with their number ("1. ").
   */
  answer: Text;
  /** Other questions of the same FAQ the answer refers to, by id, so that clients can link to them. */
  seeAlso?: readonly string[];
}

export interface FaqSection {
  id: string;
  title: Text;
  questions: readonly FaqQuestion[];
}

/**
 * How to put the customer zone on a phone's home screen (docs/requirements.md §5.7): the one
 * procedure both FAQs give, so that it is written once. The button names are those Safari and
 * Chrome show in each language; "Install app" appears instead of "Add to home screen" in Chrome
 * when the site has a web app manifest, which the portal has.
 */
export const HOME_SCREEN_STEPS: Text = {
  nl: 'Op een iPhone of iPad (Safari):\n1. Open de klantenzone in Safari.\n2. Tik op de knop Deel (het vierkantje met een pijl naar boven), onderaan of bovenaan het scherm.\n3. Scrol naar beneden en tik op ‘Zet op beginscherm’.\n4. Controleer de naam en tik op ‘Voeg toe’.\n\nOp een Android-smartphone of -tablet (Chrome):\n1. Open de klantenzone in Chrome.\n2. Tik rechtsboven op het menu ⋮ (drie puntjes).\n3. Tik op ‘Toevoegen aan startscherm’ of ‘App installeren’.\n4. Bevestig met ‘Toevoegen’ of ‘Installeren’.\n\nHet pictogram van de klantenzone staat daarna op het beginscherm: één tik en de klantenzone opent, zoals een app. Aanmelden doet u zoals altijd. Ziet u de knop niet? Open de pagina dan in Safari (iPhone) of Chrome (Android) en niet vanuit een andere app; de benaming kan licht verschillen naargelang het toestel en de versie.',
  fr: 'Sur un iPhone ou un iPad (Safari) :\n1. Ouvrez l’espace client dans Safari.\n2. Touchez le bouton Partager (le carré avec une flèche vers le haut), en bas ou en haut de l’écran.\n3. Faites défiler vers le bas et touchez « Sur l’écran d’accueil ».\n4. Vérifiez le nom et touchez « Ajouter ».\n\nSur un smartphone ou une tablette Android (Chrome) :\n1. Ouvrez l’espace client dans Chrome.\n2. Touchez le menu ⋮ (trois points) en haut à droite.\n3. Touchez « Ajouter à l’écran d’accueil » ou « Installer l’application ».\n4. Confirmez avec « Ajouter » ou « Installer ».\n\nL’icône de l’espace client se trouve ensuite sur l’écran d’accueil : une pression suffit pour l’ouvrir, comme une application. Vous vous connectez comme d’habitude. Vous ne voyez pas le bouton ? Ouvrez la page dans Safari (iPhone) ou dans Chrome (Android), et non depuis une autre application ; l’intitulé peut légèrement varier selon l’appareil et sa version.',
  en: 'On an iPhone or iPad (Safari):\n1. Open the customer zone in Safari.\n2. Tap the Share button (the square with an arrow pointing up), at the bottom or top of the screen.\n3. Scroll down and tap ‘Add to Home Screen’.\n4. Check the name and tap ‘Add’.\n\nOn an Android phone or tablet (Chrome):\n1. Open the customer zone in Chrome.\n2. Tap the menu ⋮ (three dots) at the top right.\n3. Tap ‘Add to home screen’ or ‘Install app’.\n4. Confirm with ‘Add’ or ‘Install’.\n\nThe customer zone’s icon is then on the home screen: one tap opens the customer zone, like an app. You sign in as usual. Don’t see the button? Open the page in Safari (iPhone) or Chrome (Android) rather than from another app; the wording can differ slightly with the device and its version.',
};
