import { CONTACT_CENTRE } from './contactCentre';
import { HOME_SCREEN_STEPS, type FaqSection } from './faq';

const { email, phoneDisplay, openingHoursText } = CONTACT_CENTRE;

/**
 * The FAQ for customers (docs/requirements.md §5.6), written to the customer ("you", "your
 * contract") about what the customer zone does: registering and signing in (§1), the contracts
 * shown and not shown (§2), documents and paper delivery (§3), contact details (§4), the phone and
 * its home screen (§5.7), and whom to ask (§5.2, §5.3). Every answer must stay true of the zone:
 * change it together with the requirement it describes.
 */
export const CUSTOMER_FAQ: readonly FaqSection[] = [
  {
    id: 'I',
    title: { nl: 'Registreren en aanmelden', fr: 'Inscription et connexion', en: 'Registering and signing in' },
    questions: [
      {
        id: 'I.1',
        question: {
          nl: 'Hoe maak ik een account aan?',
          fr: 'Comment créer mon compte ?',
          en: 'How do I create an account?',
        },
        answer: {
          nl: 'Iedereen met een contract bij ons kan zich registreren, op een van deze drie manieren:\n· Met itsme®: u hebt de itsme®-app op uw smartphone nodig.\n· Met uw elektronische identiteitskaart (eID): u hebt uw Belgische eID, de pincode ervan en een kaartlezer nodig.\n· Met uw persoonsgegevens: u vult het nummer van een van uw contracten en uw rijksregisternummer in. Wij sturen u per post een activeringscode naar het adres dat wij van u hebben. Met die code kiest u daarna een e-mailadres en een wachtwoord.\n\nU hebt daarvoor geen uitnodiging nodig: hebt u geen e-mail van ons gekregen of hebt u hem gewist, kies dan gewoon ‘Registreren’ in de klantenzone.\n\nWanneer u zich registreert, aanvaardt u dat u uw documenten voortaan digitaal ontvangt in de klantenzone (zie III.3). Voor uw contracten verandert er verder niets.',
          fr: 'Toute personne ayant un contrat chez nous peut s’inscrire, de l’une de ces trois manières :\n· Avec itsme® : il vous faut l’application itsme® sur votre smartphone.\n· Avec votre carte d’identité électronique (eID) : il vous faut votre eID belge, son code PIN et un lecteur de carte.\n· Avec vos données personnelles : vous indiquez le numéro de l’un de vos contrats et votre numéro de registre national. Nous vous envoyons par la poste un code d’activation, à l’adresse que nous connaissons. Avec ce code, vous choisissez ensuite une adresse e-mail et un mot de passe.\n\nVous n’avez pas besoin d’invitation : si vous n’avez pas reçu notre e-mail ou l’avez supprimé, choisissez simplement « S’inscrire » dans l’espace client.\n\nEn vous inscrivant, vous acceptez de recevoir désormais vos documents sous forme numérique dans l’espace client (voir III.3). Rien d’autre ne change pour vos contrats.',
          en: 'Anyone with a contract with us can register, in one of three ways:\n· With itsme®: you need the itsme® app on your smartphone.\n· With your electronic identity card (eID): you need your Belgian eID, its PIN code and a card reader.\n· With your personal details: you enter the number of one of your contracts and your national register number. We send you an activation code by post, to the address we have for you. With that code you then choose an e-mail address and a password.\n\nYou do not need an invitation: if you did not get our e-mail, or deleted it, simply choose ‘Register’ in the customer zone.\n\nWhen you register, you agree to receive your documents digitally in the customer zone from then on (see III.3). Nothing else changes for your contracts.',
        },
        seeAlso: ['III.3'],
      },
      {
        id: 'I.2',
        question: {
          nl: 'Hoe meld ik me daarna aan?',
          fr: 'Comment me connecter ensuite ?',
          en: 'How do I sign in afterwards?',
        },
        answer: {
          nl: 'Met itsme® of uw eID meldt u zich aan zoals bij de registratie.\n\nMet uw e-mailadres en wachtwoord ontvangt u na het wachtwoord telkens een code per sms op uw gsm-nummer dat bij ons bekend is. Pas met die code bent u aangemeld: zo kan niemand binnen met alleen uw wachtwoord.\n\nWachtwoord vergeten? Kies ‘Wachtwoord vergeten?’: wij sturen u per post een code naar uw adres, waarmee u een nieuw wachtwoord kiest.\n\nNa te veel foute pogingen wordt uw account een tijdje geblokkeerd. U ziet tot wanneer; daarna kunt u het opnieuw proberen.',
          fr: 'Avec itsme® ou votre eID, vous vous connectez comme lors de l’inscription.\n\nAvec votre adresse e-mail et votre mot de passe, vous recevez ensuite chaque fois un code par SMS sur le numéro de GSM que nous connaissons. Vous n’êtes connecté qu’avec ce code : personne ne peut entrer avec votre seul mot de passe.\n\nMot de passe oublié ? Choisissez « Mot de passe oublié ? » : nous vous envoyons par la poste un code à votre adresse, avec lequel vous choisissez un nouveau mot de passe.\n\nAprès trop de tentatives erronées, votre compte est bloqué pendant un certain temps. Vous voyez jusqu’à quand ; vous pouvez ensuite réessayer.',
          en: 'With itsme® or your eID, you sign in the same way as when you registered.\n\nWith your e-mail address and password, you then receive a code by text message every time, on the mobile number we have for you. Only with that code are you signed in, so nobody gets in with your password alone.\n\nForgot your password? Choose ‘Forgot your password?’: we send a code by post to your address, with which you choose a new password.\n\nAfter too many wrong attempts your account is locked for a while. You see until when; after that you can try again.',
        },
      },
      {
        id: 'I.3',
        question: {
          nl: 'Mijn activeringscode is niet aangekomen of is verlopen. Wat nu?',
          fr: 'Mon code d’activation n’est pas arrivé ou a expiré. Que faire ?',
          en: 'My activation code never arrived or has expired. What now?',
        },
        answer: {
          nl: 'Vraag een nieuwe code aan op de registratiepagina. De brief gaat naar het adres dat wij van u hebben; zodra u een nieuwe code vraagt, werkt de vorige niet meer.\n\nKomt de brief niet aan, bijvoorbeeld omdat u verhuisd bent? Neem dan contact op met ons contactcenter (zie VI.1).',
          fr: 'Demandez un nouveau code sur la page d’inscription. La lettre part à l’adresse que nous connaissons ; dès que vous demandez un nouveau code, le précédent ne fonctionne plus.\n\nLa lettre n’arrive pas, par exemple parce que vous avez déménagé ? Contactez alors notre centre de contact (voir VI.1).',
          en: 'Ask for a new code on the registration page. The letter goes to the address we have for you; as soon as you ask for a new code, the previous one stops working.\n\nDoes the letter not arrive, for example because you have moved? Then contact our contact centre (see VI.1).',
        },
        seeAlso: ['VI.1'],
      },
      {
        id: 'I.4',
        question: {
          nl: 'De registratie lukt niet: mijn gegevens worden niet herkend. Wat kan ik doen?',
          fr: 'L’inscription ne fonctionne pas : mes données ne sont pas reconnues. Que faire ?',
          en: 'Registering does not work: my details are not recognised. What can I do?',
        },
        answer: {
          nl: 'Dat kan gebeuren als wij u niet terugvinden, als u meer dan eens in ons klantenbestand staat of als uw gegevens niet overeenkomen met wat wij van u hebben. De melding op het scherm zegt welk geval het is.\n\nOns contactcenter zoekt het voor u uit en helpt u verder. Houd de melding en een contractnummer bij de hand (zie VI.1).',
          fr: 'Cela arrive lorsque nous ne vous retrouvons pas, lorsque vous figurez plusieurs fois dans notre fichier clients ou lorsque vos données ne correspondent pas à celles que nous avons. Le message à l’écran indique de quel cas il s’agit.\n\nNotre centre de contact examine la situation et vous aide. Gardez le message et un numéro de contrat à portée de main (voir VI.1).',
          en: 'This can happen when we cannot find you, when you appear more than once in our customer records, or when your details do not match what we have. The message on the screen says which it is.\n\nOur contact centre will look into it and help you. Keep the message and a contract number at hand (see VI.1).',
        },
        seeAlso: ['VI.1'],
      },
      {
        id: 'I.5',
        question: {
          nl: 'Mijn e-mailadres is al in gebruik. Hoe komt dat?',
          fr: 'Mon adresse e-mail est déjà utilisée. Pourquoi ?',
          en: 'My e-mail address is already in use. Why?',
        },
        answer: {
          nl: 'Een e-mailadres hoort bij één account. Gebruikt iemand anders in uw gezin hetzelfde adres al voor zijn of haar account, kies dan een ander e-mailadres.\n\nIs dat account van uzelf? Meld u dan gewoon aan. Om veiligheidsredenen is uw activeringscode na die melding opgebruikt: vraag een nieuwe aan als u toch een nieuw account wilt aanmaken.',
          fr: 'Une adresse e-mail appartient à un seul compte. Si un autre membre de votre ménage utilise déjà cette adresse pour son compte, choisissez une autre adresse e-mail.\n\nCe compte est le vôtre ? Connectez-vous simplement. Pour votre sécurité, votre code d’activation est épuisé après ce message : demandez-en un nouveau si vous voulez tout de même créer un nouveau compte.',
          en: 'An e-mail address belongs to one account only. If someone else in your household already uses the address for their account, choose another e-mail address.\n\nIs that account yours? Then simply sign in. For your security, your activation code is used up after this message: ask for a new one if you still want to create a new account.',
        },
      },
    ],
  },
  {
    id: 'II',
    title: { nl: 'Uw contracten', fr: 'Vos contrats', en: 'Your contracts' },
    questions: [
      {
        id: 'II.1',
        question: {
          nl: 'Welke contracten zie ik in de klantenzone?',
          fr: 'Quels contrats vois-je dans l’espace client ?',
          en: 'Which contracts do I see in the customer zone?',
        },
        answer: {
          nl: 'U ziet de contracten waarvan u verzekeringnemer bent of waarop u verzekerd bent:\n· Leven: uw pensioen-, spaar- en beleggingsverzekeringen, met een overlijdensdekking of gewaarborgd inkomen als aanvullende waarborg, ook pensioensparen, VAPZ en IPT.\n· Niet-leven: uw auto- en motorverzekering, brandverzekering (woning), familiale verzekering (BA privéleven), rechtsbijstand en ongevallenverzekering privéleven.\n\nPer contract vindt u onder meer de waarborgen en verzekerde bedragen, wat niet gedekt is, uw premie, uw opgebouwde reserve en de begunstigden.\n\nBent u verzekerd op een contract van iemand anders, dan ziet u dat contract ook, maar niet wat alleen de verzekeringnemer aangaat, zoals de brieven aan hem of haar.',
          fr: 'Vous voyez les contrats dont vous êtes le preneur d’assurance ou sur lesquels vous êtes assuré :\n· Vie : vos assurances pension, épargne et placement, avec une couverture décès ou un revenu garanti en garantie complémentaire, y compris l’épargne-pension, la PLCI et l’EIP.\n· Non-Vie : votre assurance auto et moto, votre assurance incendie (habitation), votre RC familiale, votre protection juridique et votre assurance accidents de la vie privée.\n\nPour chaque contrat, vous trouvez notamment les garanties et les montants assurés, ce qui n’est pas couvert, votre prime, la réserve constituée et les bénéficiaires.\n\nSi vous êtes assuré sur le contrat d’une autre personne, vous voyez aussi ce contrat, mais pas ce qui ne concerne que le preneur d’assurance, comme les lettres qui lui sont adressées.',
          en: 'You see the contracts you hold or on which you are insured:\n· Life: your pension, savings and investment insurance, with death cover or guaranteed income as a supplementary guarantee, including pension savings, VAPZ (supplementary pension for the self-employed) and IPT (individual pension commitment).\n· Non-life: your car and motorcycle insurance, home (fire) insurance, family liability, legal assistance and private-life accident insurance.\n\nFor each contract you find, among other things, the guarantees and insured amounts, what is not covered, your premium, the reserve built up and the beneficiaries.\n\nIf you are insured on someone else’s contract, you see that contract too, but not what concerns the policyholder alone, such as the letters addressed to them.',
        },
      },
      {
        id: 'II.2',
        question: {
          nl: 'Ik vind een van mijn contracten niet terug. Hoe komt dat?',
          fr: 'Je ne retrouve pas l’un de mes contrats. Pourquoi ?',
          en: 'I cannot find one of my contracts. Why is that?',
        },
        answer: {
          nl: 'Sommige contracten staan nog niet in de klantenzone: een overlijdensverzekering of een verzekering gewaarborgd inkomen die u los van een ander contract hebt afgesloten, autocontracten die nog in ons vroegere systeem beheerd worden, fietsverzekeringen en enkele bijzondere verzekeringen, zoals BA jacht of een pleziervaartuig.\n\nKies ‘Ik vind mijn contract niet’: u ziet er elk van uw contracten dat (nog) niet getoond wordt, met de reden en, als we het al weten, wanneer het erbij komt. Uw makelaar kan u over al die contracten alles vertellen.',
          fr: 'Certains contrats ne figurent pas encore dans l’espace client : une assurance décès ou une assurance revenu garanti souscrite indépendamment d’un autre contrat, des contrats auto encore gérés dans notre ancien système, les assurances vélo et quelques assurances particulières, comme la RC chasse ou un bateau de plaisance.\n\nChoisissez « Je ne trouve pas mon contrat » : vous y voyez chacun de vos contrats qui n’est pas (encore) affiché, avec la raison et, si nous le savons déjà, quand il le sera. Votre courtier peut tout vous dire sur ces contrats.',
          en: 'Some contracts are not in the customer zone yet: death cover or guaranteed-income insurance taken out on its own rather than with another contract, car contracts still managed in our former system, bicycle insurance and a few special policies, such as hunting liability or a pleasure boat.\n\nChoose ‘I can’t find my contract’: it lists each of your contracts that is not shown (yet), with the reason and, where we already know, when it will be. Your broker can tell you everything about these contracts.',
        },
      },
      {
        id: 'II.3',
        question: {
          nl: 'Kan mijn makelaar zien wat ik zie?',
          fr: 'Mon courtier peut-il voir ce que je vois ?',
          en: 'Can my broker see what I see?',
        },
        answer: {
          nl: 'Ja, voor de contracten die hij of zij voor u beheert: uw makelaar ziet daarover minstens alles wat u ziet. Een makelaar ziet niets van contracten die een ander kantoor beheert.\n\nUw makelaar wordt niet verwittigd wanneer u zich registreert en ziet niet of en hoe u zich geregistreerd hebt.',
          fr: 'Oui, pour les contrats qu’il gère pour vous : votre courtier en voit au moins tout ce que vous voyez. Un courtier ne voit rien des contrats gérés par un autre bureau.\n\nVotre courtier n’est pas averti de votre inscription et ne voit pas si ni comment vous vous êtes inscrit.',
          en: 'Yes, for the contracts they manage for you: your broker sees at least everything you see about them. A broker sees nothing of contracts managed by another office.\n\nYour broker is not notified when you register and does not see whether or how you registered.',
        },
      },
    ],
  },
  {
    id: 'III',
    title: { nl: 'Documenten', fr: 'Documents', en: 'Documents' },
    questions: [
      {
        id: 'III.1',
        question: {
          nl: 'Welke documenten vind ik in de klantenzone?',
          fr: 'Quels documents puis-je trouver dans l’espace client ?',
          en: 'Which documents can I find in the customer zone?',
        },
        answer: {
          nl: 'Onder ‘Documenten’ vindt u de documenten van uw levensverzekeringen: bewijzen van premiebetaling, fiscale attesten, jaaroverzichten en winstdeelnameattesten. U kunt ze filteren op soort, jaar en contract en ze downloaden.\n\nDe documenten van uw andere verzekeringen (polis en bijvoegsels, groene kaart, attest schadeverloop) komen later. Hebt u er intussen een nodig, vraag het dan aan uw makelaar (zie III.2).',
          fr: 'Sous « Documents », vous trouvez les documents de vos assurances vie : preuves de paiement des primes, attestations fiscales, aperçus annuels et attestations de participation bénéficiaire. Vous pouvez les filtrer par type, année et contrat, et les télécharger.\n\nLes documents de vos autres assurances (police et avenants, carte verte, attestation de sinistralité) suivront plus tard. Si vous en avez besoin d’ici là, demandez-le à votre courtier (voir III.2).',
          en: 'Under ‘Documents’ you find the documents of your life insurance: proofs of premium payment, tax certificates, annual overviews and profit-sharing certificates. You can filter them by type, year and contract, and download them.\n\nThe documents of your other insurance (policy and amendments, green card, claims-history certificate) will follow later. If you need one in the meantime, ask your broker (see III.2).',
        },
        seeAlso: ['III.2'],
      },
      {
        id: 'III.2',
        question: {
          nl: 'Een document dat ik nodig heb, staat er niet bij. Wat nu?',
          fr: 'Un document dont j’ai besoin n’y figure pas. Que faire ?',
          en: 'A document I need is not there. What now?',
        },
        answer: {
          nl: 'Vraag het aan uw makelaar of aan ons contactcenter (zie VI.1), met het soort document, het jaar en het contract. Wij vragen het op bij de dienst die het opmaakt en sturen het u per e-mail.',
          fr: 'Demandez-le à votre courtier ou à notre centre de contact (voir VI.1), en précisant le type de document, l’année et le contrat. Nous le demandons au service qui l’établit et vous l’envoyons par e-mail.',
          en: 'Ask your broker or our contact centre (see VI.1) for it, giving the type of document, the year and the contract. We request it from the department that draws it up and send it to you by e-mail.',
        },
        seeAlso: ['VI.1'],
      },
      {
        id: 'III.3',
        question: {
          nl: 'Ik ontvang mijn documenten liever op papier. Kan dat?',
          fr: 'Je préfère recevoir mes documents sur papier. Est-ce possible ?',
          en: 'I would rather receive my documents on paper. Is that possible?',
        },
        answer: {
          nl: 'Door u te registreren hebt u ervoor gekozen uw documenten digitaal te ontvangen: sneller, altijd bij de hand en zonder papier.\n\nHebt u ze toch op papier nodig, vraag het dan aan onder ‘Documenten op papier’ en zeg kort waarom. Ons contactcenter bekijkt elke aanvraag afzonderlijk en u ziet daar het antwoord. Zolang uw aanvraag loopt, ontvangt u uw documenten digitaal.',
          fr: 'En vous inscrivant, vous avez choisi de recevoir vos documents sous forme numérique : plus rapide, toujours à portée de main et sans papier.\n\nVous en avez quand même besoin sur papier ? Faites-en la demande sous « Documents papier » en expliquant brièvement pourquoi. Notre centre de contact examine chaque demande individuellement et vous y voyez la réponse. Tant que votre demande est en cours, vous recevez vos documents sous forme numérique.',
          en: 'By registering, you chose to receive your documents digitally: faster, always at hand and without paper.\n\nIf you still need them on paper, ask for it under ‘Paper documents’ and say briefly why. Our contact centre looks at each request individually and you see the answer there. While your request is open, you receive your documents digitally.',
        },
      },
    ],
  },
  {
    id: 'IV',
    title: { nl: 'Uw gegevens', fr: 'Vos données', en: 'Your details' },
    questions: [
      {
        id: 'IV.1',
        question: {
          nl: 'Hoe wijzig ik mijn e-mailadres, gsm-nummer of adres?',
          fr: 'Comment modifier mon adresse e-mail, mon numéro de GSM ou mon adresse ?',
          en: 'How do I change my e-mail address, mobile number or address?',
        },
        answer: {
          nl: 'Onder ‘Mijn gegevens’. Ter bevestiging sturen wij een code per sms naar het gsm-nummer dat wij nu van u hebben; pas met die code wordt de wijziging doorgevoerd.\n\nUw e-mailadres is ook het adres waarmee u zich aanmeldt, en uw gsm-nummer ontvangt de aanmeldcodes. Wijzigt u een van beide, dan wordt u daarna overal afgemeld en meldt u zich opnieuw aan. Uw vorige gsm-nummer krijgt een sms en uw vorige adres een brief, zodat u een wijziging die u niet zelf deed meteen opmerkt.',
          fr: 'Sous « Mes données ». Pour confirmer, nous envoyons un code par SMS au numéro de GSM que nous avons actuellement ; la modification n’est enregistrée qu’avec ce code.\n\nVotre adresse e-mail est aussi celle avec laquelle vous vous connectez, et votre numéro de GSM reçoit les codes de connexion. Si vous modifiez l’un des deux, vous êtes ensuite déconnecté partout et vous vous reconnectez. Votre ancien numéro reçoit un SMS et votre ancienne adresse une lettre, pour que vous remarquiez tout de suite une modification que vous n’auriez pas faite vous-même.',
          en: 'Under ‘My details’. To confirm, we send a code by text message to the mobile number we have for you now; the change is made only with that code.\n\nYour e-mail address is also the one you sign in with, and your mobile number receives the sign-in codes. If you change either, you are signed out everywhere afterwards and sign in again. Your previous mobile number gets a text message and your previous address a letter, so that you notice at once a change you did not make yourself.',
        },
      },
      {
        id: 'IV.2',
        question: {
          nl: 'Verandert het adres op mijn contracten dan ook?',
          fr: 'L’adresse sur mes contrats change-t-elle aussi ?',
          en: 'Does the address on my contracts change too?',
        },
        answer: {
          nl: 'Nee. Uw nieuwe gegevens komen in ons klantenbestand, maar het adres op uw lopende contracten wordt apart aangepast. Vraag dat aan uw makelaar, zeker als u verhuist: het adres van een woning of het risicoadres kan ook uw verzekering veranderen.\n\nDe kantoren die uw contracten beheren, krijgen een bericht van uw wijziging om hun eigen gegevens bij te werken. Dat kan nog enige tijd duren; is het dringend, verwittig uw makelaar dan zelf.',
          fr: 'Non. Vos nouvelles données sont enregistrées dans notre fichier clients, mais l’adresse figurant sur vos contrats en cours est adaptée séparément. Demandez-le à votre courtier, surtout en cas de déménagement : l’adresse d’une habitation ou l’adresse du risque peut aussi modifier votre assurance.\n\nLes bureaux qui gèrent vos contrats reçoivent un avis de votre modification pour mettre à jour leurs propres données. Cela peut encore prendre un certain temps ; si c’est urgent, prévenez vous-même votre courtier.',
          en: 'No. Your new details go into our customer records, but the address on your running contracts is changed separately. Ask your broker to do that, especially when you move: the address of a home, or where the insured risk is, can change your insurance too.\n\nThe offices that manage your contracts are sent notice of your change so they can update their own records. That can still take some time; if it is urgent, let your broker know yourself.',
        },
      },
      {
        id: 'IV.3',
        question: {
          nl: 'Zijn mijn gegevens veilig?',
          fr: 'Mes données sont-elles en sécurité ?',
          en: 'Is my data safe?',
        },
        answer: {
          nl: 'De klantenzone bevat persoonlijke gegevens; daarom meldt u zich aan met itsme®, met uw eID of met uw wachtwoord en een code per sms. Wie alleen uw wachtwoord kent, komt er dus niet in. Een gewijzigd e-mailadres, gsm-nummer of adres vraagt altijd een code op uw huidige gsm-nummer.\n\nMeld u af als u klaar bent, zeker op een toestel dat u met anderen deelt. Wij vragen u nooit uw wachtwoord of een sms-code per e-mail of telefoon.',
          fr: 'L’espace client contient des données personnelles ; c’est pourquoi vous vous connectez avec itsme®, avec votre eID, ou avec votre mot de passe et un code par SMS. Qui ne connaît que votre mot de passe ne peut donc pas entrer. Une modification de votre adresse e-mail, de votre numéro de GSM ou de votre adresse demande toujours un code envoyé à votre numéro actuel.\n\nDéconnectez-vous quand vous avez terminé, surtout sur un appareil que vous partagez. Nous ne vous demandons jamais votre mot de passe ni un code SMS par e-mail ou par téléphone.',
          en: 'The customer zone holds personal data; that is why you sign in with itsme®, with your eID, or with your password and a code by text message. Someone who knows only your password cannot get in. Changing your e-mail address, mobile number or address always takes a code sent to your current mobile number.\n\nSign out when you have finished, especially on a device you share. We never ask for your password or a text-message code by e-mail or phone.',
        },
      },
    ],
  },
  {
    id: 'V',
    title: { nl: 'Op uw smartphone', fr: 'Sur votre smartphone', en: 'On your phone' },
    questions: [
      {
        id: 'V.1',
        question: {
          nl: 'Bestaat er een app?',
          fr: 'Existe-t-il une application ?',
          en: 'Is there an app?',
        },
        answer: {
          nl: 'Nee, en die hebt u ook niet nodig. De klantenzone is een website die zich aanpast aan uw computer, tablet of smartphone.\n\nWilt u ze met één tik openen, zoals een app? Zet de klantenzone dan op het beginscherm van uw smartphone (zie V.2).',
          fr: 'Non, et vous n’en avez pas besoin. L’espace client est un site web qui s’adapte à votre ordinateur, votre tablette ou votre smartphone.\n\nVous voulez l’ouvrir d’une simple pression, comme une application ? Placez alors l’espace client sur l’écran d’accueil de votre smartphone (voir V.2).',
          en: 'No, and you do not need one. The customer zone is a website that adapts to your computer, tablet or phone.\n\nWant to open it with one tap, like an app? Then put the customer zone on your phone’s home screen (see V.2).',
        },
        seeAlso: ['V.2'],
      },
      {
        id: 'V.2',
        question: {
          nl: 'Hoe zet ik de klantenzone op het beginscherm van mijn smartphone?',
          fr: 'Comment placer l’espace client sur l’écran d’accueil de mon smartphone ?',
          en: 'How do I put the customer zone on my phone’s home screen?',
        },
        answer: HOME_SCREEN_STEPS,
      },
    ],
  },
  {
    id: 'VI',
    title: { nl: 'Hulp en contact', fr: 'Aide et contact', en: 'Help and contact' },
    questions: [
      {
        id: 'VI.1',
        question: {
          nl: 'Bij wie kan ik terecht met een vraag?',
          fr: 'À qui m’adresser si j’ai une question ?',
          en: 'Whom do I contact with a question?',
        },
        answer: {
          nl: `Met vragen over uw contracten gaat u eerst naar uw makelaar: hij of zij kent uw verzekeringen het best. U vindt de gegevens van uw makelaar onder ‘Mijn gegevens’.\n\nLukt het registreren of aanmelden niet, of hebt u een andere vraag over de klantenzone? Ons contactcenter helpt u graag: ${email} of ${phoneDisplay} (${openingHoursText.nl}).`,
          fr: `Pour les questions sur vos contrats, adressez-vous d’abord à votre courtier : c’est lui qui connaît le mieux vos assurances. Vous trouvez ses coordonnées sous « Mes données ».\n\nVous ne parvenez pas à vous inscrire ou à vous connecter, ou vous avez une autre question sur l’espace client ? Notre centre de contact vous aide volontiers : ${email} ou ${phoneDisplay} (${openingHoursText.fr}).`,
          en: `For questions about your contracts, go to your broker first: they know your insurance best. You find your broker’s details under ‘My details’.\n\nCannot register or sign in, or have another question about the customer zone? Our contact centre is glad to help: ${email} or ${phoneDisplay} (${openingHoursText.en}).`,
        },
      },
    ],
  },
];
