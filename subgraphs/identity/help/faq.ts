import type { Language } from '../../../platform/request';

type Text = Readonly<Record<Language, string>>;

export interface FaqQuestion {
  /** The insurer's numbering of its FAQ, e.g. "II.4": stable, for links and for the contact centre. */
  id: string;
  question: Text;
  /** Paragraphs separated by a blank line; list items on lines of their own starting with "· ". */
  answer: Text;
}

export interface FaqSection {
  id: string;
  title: Text;
  questions: readonly FaqQuestion[];
}

/**
 * Contact & Help (docs/requirements.md §5.1): the frequently asked questions as the insurer wrote
 * them, in Dutch (only a screenshot placeholder is left out), with French and English translations.
 */
export const FAQ: readonly FaqSection[] = [
  {
    id: 'I',
    title: { nl: 'Algemeen', fr: 'Généralités', en: 'General' },
    questions: [
      {
        id: 'I.1',
        question: {
          nl: 'Wat verandert er voor een klant als hij zich registreert op MyVivium?',
          fr: 'Qu’est-ce qui change pour un client lorsqu’il s’inscrit sur MyVivium ?',
          en: 'What changes for a customer who registers on MyVivium?',
        },
        answer: {
          nl: 'Bij de aanmaak van een MyVivium-account aanvaardt de klant uitdrukkelijk zijn documenten digitaal te ontvangen in zijn MyVivium-klantenzone. Het gaat om specifieke documenten zoals bijvoorbeeld fiscale attesten, het schadeattest auto, de groene kaart enz.\n\nAfgezien van de documenten verandert er niets. Er zijn voor de klant alleen maar voordelen om zich te registreren in de klantenzone. Hij krijgt toegang tot meer informatie over zijn contracten en heeft vlot toegang tot de selfservice.',
          fr: 'En créant un compte MyVivium, le client accepte expressément de recevoir ses documents sous forme numérique dans son espace client MyVivium. Il s’agit de documents spécifiques comme les attestations fiscales, l’attestation de sinistralité auto, la carte verte, etc.\n\nÀ part les documents, rien ne change. S’inscrire dans l’espace client ne présente que des avantages pour le client : il a accès à davantage d’informations sur ses contrats et accède facilement au self-service.',
          en: 'When creating a MyVivium account, the customer explicitly agrees to receive their documents digitally in their MyVivium customer zone. These are specific documents such as tax certificates, the motor claims-history certificate, the green card, etc.\n\nApart from the documents, nothing changes. Registering in the customer zone only has advantages for the customer: they get access to more information about their contracts and easy access to self-service.',
        },
      },
      {
        id: 'I.2',
        question: {
          nl: 'Wat zijn de verschillen tussen MyBroker en MyVivium? Wat zijn de voordelen voor klanten om MyVivium te gebruiken?',
          fr: 'Quelles sont les différences entre MyBroker et MyVivium ? Quels sont les avantages de MyVivium pour les clients ?',
          en: 'What are the differences between MyBroker and MyVivium? What are the advantages of MyVivium for customers?',
        },
        answer: {
          nl: 'MyBroker is een klantenzone aangeboden door de makelaar, waarbij de klant een overzicht heeft van alle contracten die hij via zijn makelaar heeft bij verschillende verzekeraars en dit met de belangrijkste informatie per contract.\n\nVivium biedt als verzekeraar de klantenzone MyVivium aan, waarbij de klant meer gedetailleerde informatie kan terugvinden over zijn of haar contracten bij Vivium. Bijvoorbeeld, zo heeft de klant inzicht in de samenstelling van Life contracten als IPT, VAPZ en pensioensparen, en toegang tot belangrijke documenten als fiscale attesten of winstcertificaten. Voor Non-Life contracten zoals brand, auto en familiale toont het specifieke waarborgdetails en wat niet gedekt is in het contract.',
          fr: 'MyBroker est un espace client proposé par le courtier : le client y voit tous les contrats qu’il a souscrits par son courtier auprès de différents assureurs, avec les informations principales de chaque contrat.\n\nEn tant qu’assureur, Vivium propose l’espace client MyVivium, où le client trouve des informations plus détaillées sur ses contrats chez Vivium. Par exemple, le client voit la composition de ses contrats Vie comme l’EIP, la PLCI et l’épargne-pension, et accède à des documents importants comme les attestations fiscales ou les certificats de participation bénéficiaire. Pour les contrats Non-Vie comme l’incendie, l’auto et la responsabilité familiale, il voit le détail des garanties et ce qui n’est pas couvert par le contrat.',
          en: 'MyBroker is a customer zone offered by the broker, where the customer has an overview of all the contracts they hold through their broker with various insurers, with the main information for each contract.\n\nAs an insurer, Vivium offers the MyVivium customer zone, where the customer finds more detailed information about their contracts with Vivium. For example, the customer sees the composition of life contracts such as IPT, VAPZ and pension savings, and has access to important documents such as tax certificates or profit-sharing certificates. For non-life contracts such as fire, motor and family liability, it shows the details of the guarantees and what the contract does not cover.',
        },
      },
      {
        id: 'I.3',
        question: {
          nl: 'Word ik als makelaar op de hoogte gebracht wanneer een klant uit mijn portefeuille zich registreert in zijn klantenzone?',
          fr: 'En tant que courtier, suis-je informé lorsqu’un client de mon portefeuille s’inscrit dans son espace client ?',
          en: 'As a broker, am I notified when a customer from my portfolio registers in their customer zone?',
        },
        answer: {
          nl: 'Nee, de makelaar ontvangt geen notificatie wanneer een klant zich registreert bij MyVivium.',
          fr: 'Non, le courtier ne reçoit pas de notification lorsqu’un client s’inscrit sur MyVivium.',
          en: 'No, the broker does not receive a notification when a customer registers with MyVivium.',
        },
      },
      {
        id: 'I.4',
        question: {
          nl: 'Kan ik als makelaar ook de gegevens/informatie zien die de klant in zijn klantenzone ziet?',
          fr: 'En tant que courtier, puis-je aussi voir les données et informations que le client voit dans son espace client ?',
          en: 'As a broker, can I also see the data and information the customer sees in their customer zone?',
        },
        answer: {
          nl: 'Klanten hebben geen toegang tot meer informatie dan hun makelaar. Alle informatie die de klant ziet in MyVivium is beschikbaar in de beheertoepassingen van de makelaar (V-Connect, Life Connect, enz.).',
          fr: 'Les clients n’ont pas accès à plus d’informations que leur courtier. Toutes les informations que le client voit dans MyVivium sont disponibles dans les applications de gestion du courtier (V-Connect, Life Connect, etc.).',
          en: 'Customers have no access to more information than their broker. All the information the customer sees in MyVivium is available in the broker’s management applications (V-Connect, Life Connect, etc.).',
        },
      },
      {
        id: 'I.5',
        question: {
          nl: 'Bestaat er een MyVivium-app voor smartphone of tablet?',
          fr: 'Existe-t-il une application MyVivium pour smartphone ou tablette ?',
          en: 'Is there a MyVivium app for smartphone or tablet?',
        },
        answer: {
          nl: 'MyVivium is een web platform en kan zowel gebruikt worden op desktop, tablet als mobiele telefoon. De schermen zijn gebruiksvriendelijk afgestemd op de verschillende toestellen. Er zijn vandaag geen plannen om MyVivium ook als mobiele applicatie te ontwikkelen.\n\nOm snel en gemakkelijk toegang te krijgen tot MyVivium op een iPhone of Android smartphone, is het mogelijk om een pictogram toe te voegen aan het startscherm (zoals een applicatie). Dit is de procedure voor iPhone of Android.',
          fr: 'MyVivium est une plateforme web utilisable sur ordinateur, tablette et téléphone mobile. Les écrans sont adaptés de manière conviviale aux différents appareils. Il n’est pas prévu aujourd’hui de développer MyVivium sous forme d’application mobile.\n\nPour accéder rapidement et facilement à MyVivium sur un iPhone ou un smartphone Android, il est possible d’ajouter une icône à l’écran d’accueil (comme une application). Voici la procédure pour iPhone ou Android.',
          en: 'MyVivium is a web platform that can be used on a desktop, a tablet or a mobile phone. The screens are adapted to the different devices for ease of use. There are no plans today to develop MyVivium as a mobile app as well.\n\nFor quick and easy access to MyVivium on an iPhone or Android smartphone, an icon can be added to the home screen (like an app). This is the procedure for iPhone or Android.',
        },
      },
      {
        id: 'I.6',
        question: {
          nl: 'Zal MyVivium in de toekomst nog evolueren? Komen er nog meer functionaliteiten en self-service mogelijkheden voor de klant?',
          fr: 'MyVivium va-t-il encore évoluer ? D’autres fonctionnalités et possibilités de self-service vont-elles s’ajouter pour le client ?',
          en: 'Will MyVivium evolve further? Will more features and self-service options be added for the customer?',
        },
        answer: {
          nl: 'MyVivium zal de komende jaren geleidelijk evolueren, naarmate er nieuwe functionaliteiten worden toegevoegd. Bijvoorbeeld: een schadegeval aangeven, uw premie online betalen, uw medische vragenlijst invullen, uw verzekeringen controleren enz.\n\nU wordt op de hoogte gebracht zodra er een update van MyVivium plaatsvindt.',
          fr: 'MyVivium évoluera progressivement dans les années à venir, au fur et à mesure que de nouvelles fonctionnalités seront ajoutées. Par exemple : déclarer un sinistre, payer votre prime en ligne, remplir votre questionnaire médical, vérifier vos assurances, etc.\n\nVous serez informé dès qu’une mise à jour de MyVivium aura lieu.',
          en: 'MyVivium will evolve gradually over the coming years as new features are added. For example: reporting a claim, paying your premium online, filling in your medical questionnaire, checking your insurance policies, etc.\n\nYou will be informed as soon as MyVivium is updated.',
        },
      },
    ],
  },
  {
    id: 'II',
    title: { nl: 'Registratie/aanmelding', fr: 'Inscription et connexion', en: 'Registering and signing in' },
    questions: [
      {
        id: 'II.1',
        question: {
          nl: 'Hoe kan de klant een MyVivium-account aanmaken?',
          fr: 'Comment le client peut-il créer un compte MyVivium ?',
          en: 'How can the customer create a MyVivium account?',
        },
        answer: {
          nl: 'De klant kan zich op drie manieren aanmelden:\n· Via itsme®: de klant moet de itsme®-app op zijn smartphone hebben en een itsme®-account hebben aangemaakt.\n· Via eID: de klant heeft een Belgische elektronische identiteitskaart en een eID-kaartlezer nodig.\n· Via de persoonsgegevens: de eerste keer registreert de klant zich met zijn contractnummer en een activeringscode die hij per post ontvangt. Bij elke volgende aanmelding ontvangt hij een code per sms.\n\n🔔 Meer dan 90% van onze MyVivium gebruikers kiest voor itsme omwille van de gebruiksvriendelijkheid.',
          fr: 'Le client peut se connecter de trois manières :\n· Avec itsme® : le client doit avoir l’application itsme® sur son smartphone et avoir créé un compte itsme®.\n· Avec l’eID : le client a besoin d’une carte d’identité électronique belge et d’un lecteur de carte eID.\n· Avec ses données personnelles : la première fois, le client s’inscrit avec son numéro de contrat et un code d’activation qu’il reçoit par la poste. À chaque connexion suivante, il reçoit un code par SMS.\n\n🔔 Plus de 90 % des utilisateurs de MyVivium choisissent itsme pour sa facilité d’utilisation.',
          en: 'The customer can sign in in three ways:\n· With itsme®: the customer needs the itsme® app on their smartphone and an itsme® account.\n· With eID: the customer needs a Belgian electronic identity card and an eID card reader.\n· With personal data: the first time, the customer registers with their contract number and an activation code they receive by post. At every later sign-in they receive a code by text message.\n\n🔔 More than 90% of our MyVivium users choose itsme because it is easy to use.',
        },
      },
      {
        id: 'II.2',
        question: {
          nl: 'De klant heeft de e-mail met instructies voor het aanmaken van een account niet ontvangen of heeft de e-mail verwijderd. Wat kan ik doen om de klant te helpen?',
          fr: 'Le client n’a pas reçu l’e-mail contenant les instructions pour créer un compte, ou l’a supprimé. Que puis-je faire pour l’aider ?',
          en: 'The customer did not receive the e-mail with instructions for creating an account, or deleted it. What can I do to help?',
        },
        answer: {
          nl: 'De e-mail met de instructies om een account aan te maken is niet noodzakelijk om zich te registreren op MyVivium. U kunt hem de link van MyVivium bezorgen: https://my.vivium.be/nl waar hij een account kan aanmaken (zie II.1).',
          fr: 'L’e-mail contenant les instructions pour créer un compte n’est pas nécessaire pour s’inscrire sur MyVivium. Vous pouvez lui transmettre le lien de MyVivium : https://my.vivium.be/fr où il peut créer un compte (voir II.1).',
          en: 'The e-mail with the instructions for creating an account is not needed to register on MyVivium. You can send the customer the MyVivium link, https://my.vivium.be/nl, where they can create an account (see II.1).',
        },
      },
      {
        id: 'II.3',
        question: {
          nl: 'De klant slaagt er niet in om een account aan te maken, wat moet ik doen?',
          fr: 'Le client ne parvient pas à créer un compte. Que dois-je faire ?',
          en: 'The customer cannot create an account. What should I do?',
        },
        answer: {
          nl: 'Soms kan het gebeuren dat de klant er niet in slaagt om een account aan te maken. Dat kan gebeuren als hij meermaals voorkomt in onze systemen, als de gegevens niet overeenstemmen met de gegevens in onze systemen, als de klant niet kan worden gevonden in onze systemen enz.\n\nIn dat geval kan de klant of makelaar een e-mail sturen naar myvivium@vivium.be met een screenshot van de foutmelding en de e-mail die hij wenst te gebruiken om zich in te schrijven op MyVivium. De support afdeling analyseert waar het probleem zich bevindt en biedt een oplossing.',
          fr: 'Il arrive que le client ne parvienne pas à créer un compte : lorsqu’il figure plusieurs fois dans nos systèmes, lorsque ses données ne correspondent pas à celles de nos systèmes, lorsqu’il est introuvable dans nos systèmes, etc.\n\nDans ce cas, le client ou le courtier peut envoyer un e-mail à myvivium@vivium.be avec une capture d’écran du message d’erreur et l’adresse e-mail qu’il souhaite utiliser pour s’inscrire sur MyVivium. Le service support analyse où se situe le problème et propose une solution.',
          en: 'Sometimes the customer does not manage to create an account. This can happen when they appear several times in our systems, when their details do not match those in our systems, when the customer cannot be found in our systems, etc.\n\nIn that case the customer or broker can send an e-mail to myvivium@vivium.be with a screenshot of the error message and the e-mail address they want to register on MyVivium with. The support department analyses where the problem lies and offers a solution.',
        },
      },
      {
        id: 'II.4',
        question: {
          nl: 'De activeringscode die per post naar de klant is gestuurd, is nooit aangekomen of is verlopen. Wat moet ik doen?',
          fr: 'Le code d’activation envoyé par la poste au client n’est jamais arrivé ou a expiré. Que dois-je faire ?',
          en: 'The activation code sent to the customer by post never arrived or has expired. What should I do?',
        },
        answer: {
          nl: 'Hij kan een nieuwe activeringscode aanvragen via de registratiepagina (https://my.vivium.be/nl).\n\nWerkt het niet? Hij kan ons contact center bereiken op het adres myvivium@vivium.be of op het nummer 02 406 87 09 (ma-do 8.30 tot 17 uur en vrij 8.30 tot 16 uur).',
          fr: 'Il peut demander un nouveau code d’activation sur la page d’inscription (https://my.vivium.be/fr).\n\nCela ne fonctionne pas ? Il peut joindre notre centre de contact à l’adresse myvivium@vivium.be ou au numéro 02 406 87 09 (du lundi au jeudi de 8 h 30 à 17 h et le vendredi de 8 h 30 à 16 h).',
          en: 'They can request a new activation code on the registration page (https://my.vivium.be/nl).\n\nDoes that not work? They can reach our contact centre at myvivium@vivium.be or on 02 406 87 09 (Monday to Thursday 8.30 am to 5 pm, Friday 8.30 am to 4 pm).',
        },
      },
      {
        id: 'II.5',
        question: {
          nl: 'De klant kan geen account aanmaken omdat het e-mailadres al in gebruik is.',
          fr: 'Le client ne peut pas créer de compte parce que l’adresse e-mail est déjà utilisée.',
          en: 'The customer cannot create an account because the e-mail address is already in use.',
        },
        answer: {
          nl: 'Een e-mailadres kan slechts aan één account gekoppeld worden. Er moet dus voor elke account een apart e-mailadres worden gebruikt.\n\nWerkt het niet? Hij kan ons contact center bereiken op het adres myvivium@vivium.be of op het nummer 02 406 87 09 (ma-do 8.30 tot 17 uur en vrij 8.30 tot 16 uur).',
          fr: 'Une adresse e-mail ne peut être liée qu’à un seul compte. Chaque compte doit donc utiliser une adresse e-mail différente.\n\nCela ne fonctionne pas ? Il peut joindre notre centre de contact à l’adresse myvivium@vivium.be ou au numéro 02 406 87 09 (du lundi au jeudi de 8 h 30 à 17 h et le vendredi de 8 h 30 à 16 h).',
          en: 'An e-mail address can be linked to one account only, so each account must use a different e-mail address.\n\nDoes that not work? They can reach our contact centre at myvivium@vivium.be or on 02 406 87 09 (Monday to Thursday 8.30 am to 5 pm, Friday 8.30 am to 4 pm).',
        },
      },
    ],
  },
  {
    id: 'III',
    title: { nl: 'Contracten', fr: 'Contrats', en: 'Contracts' },
    questions: [
      {
        id: 'III.1',
        question: {
          nl: 'Welke contracten en welke informatie kan de klant terugvinden in zijn klantenzone?',
          fr: 'Quels contrats et quelles informations le client trouve-t-il dans son espace client ?',
          en: 'Which contracts and which information can the customer find in their customer zone?',
        },
        answer: {
          nl: 'Met de nieuwe uitbreiding van MyVivium zullen +95% van onze klanten een volledig beeld hebben op hun actieve verzekeringescontracten bij Vivium. Momenteel kan de klant volgende contracten terugvinden:\n· Leven: particulieren en professionele klanten hebben toegang tot hun contracten pensioen, sparen, beleggen, overlijden en gewaarborgd inkomen (als aanvullende waarborg).\n· Momenteel (nog) niet voorzien: standalone waarborgen overlijden en gewaarborgd inkomen (wordt verwacht in 2025).\n· Niet-leven: particulieren hebben toegang tot hun contracten auto, motor, brand, BA gezin, ongeval privéleven, rechtsbijstand.\n· Momenteel (nog) niet voorzien: oa. oude auto contracten (in legacy), fiets en andere niche contracten.\n\nDe klant kan alle nuttige informatie betreffende zijn contracten raadplegen: risico, waarborgen, reeds opgebouwd spaargeld, begunstigden enz.',
          fr: 'Avec la nouvelle extension de MyVivium, plus de 95 % de nos clients auront une vue complète de leurs contrats d’assurance actifs chez Vivium. Actuellement, le client trouve les contrats suivants :\n· Vie : les particuliers et les clients professionnels ont accès à leurs contrats pension, épargne, placement, décès et revenu garanti (en garantie complémentaire).\n· Pas (encore) prévu actuellement : les garanties décès et revenu garanti souscrites seules (attendues en 2025).\n· Non-Vie : les particuliers ont accès à leurs contrats auto, moto, incendie, RC familiale, accidents de la vie privée, protection juridique.\n· Pas (encore) prévu actuellement : entre autres les anciens contrats auto (dans l’ancien système), le vélo et d’autres contrats de niche.\n\nLe client peut consulter toutes les informations utiles sur ses contrats : risque, garanties, épargne déjà constituée, bénéficiaires, etc.',
          en: 'With the new extension of MyVivium, more than 95% of our customers will have a complete view of their active insurance contracts with Vivium. At the moment the customer finds the following contracts:\n· Life: private and professional customers have access to their pension, savings, investment, death and guaranteed-income contracts (as a supplementary guarantee).\n· Not (yet) available at the moment: standalone death and guaranteed-income guarantees (expected in 2025).\n· Non-life: private customers have access to their motor, motorcycle, fire, family liability, private-life accident and legal assistance contracts.\n· Not (yet) available at the moment: among others old motor contracts (in the legacy system), bicycle and other niche contracts.\n\nThe customer can consult all useful information about their contracts: risk, guarantees, savings built up so far, beneficiaries, etc.',
        },
      },
      {
        id: 'III.2',
        question: {
          nl: 'De klant vindt niet al zijn contracten terug in zijn klantenzone, hoe komt dat?',
          fr: 'Le client ne retrouve pas tous ses contrats dans son espace client. Pourquoi ?',
          en: 'The customer does not find all their contracts in their customer zone. Why is that?',
        },
        answer: {
          nl: 'Andere contracten dan hierboven vermeld (III.1) zijn momenteel niet opgenomen in MyVivium. Een klant ziet bijvoorbeeld een contract BA Jacht nog niet in MyVivium, gezien dit een vrij uitzonderlijk niche product is.\n\nDe klant kan een uitleg vinden in zijn klantenzone door te klikken op "Ik kan mijn contract niet vinden".',
          fr: 'Les contrats autres que ceux mentionnés ci-dessus (III.1) ne figurent pas encore dans MyVivium. Un client ne voit par exemple pas encore de contrat RC Chasse dans MyVivium, car il s’agit d’un produit de niche assez exceptionnel.\n\nLe client trouve une explication dans son espace client en cliquant sur « Je ne trouve pas mon contrat ».',
          en: 'Contracts other than those listed above (III.1) are not included in MyVivium at the moment. A customer does not yet see a hunting liability contract in MyVivium, for example, as this is a rather exceptional niche product.\n\nThe customer finds an explanation in their customer zone by clicking "I can’t find my contract".',
        },
      },
    ],
  },
  {
    id: 'IV',
    title: { nl: 'Documenten', fr: 'Documents', en: 'Documents' },
    questions: [
      {
        id: 'IV.1',
        question: {
          nl: 'Welke documenten kan de klant terugvinden in zijn klantenzone?',
          fr: 'Quels documents le client trouve-t-il dans son espace client ?',
          en: 'Which documents can the customer find in their customer zone?',
        },
        answer: {
          nl: 'De klant kan nuttige documenten terugvinden zoals fiscale attesten of jaaroverzicht. In de komende jaren breiden we het aantal documenten via MyVivium verder uit.\n\nWat is beschikbaar voor de klant?\n· Documenten leven bewijs van premiebetaling, fiscaal attest en jaaroverzicht.\n· De documenten niet-leven (polis, groene kaart, schadeattest) zullen later toegankelijk zijn. U wordt verwittigd wanneer ze beschikbaar zijn.',
          fr: 'Le client trouve des documents utiles comme les attestations fiscales ou l’aperçu annuel. Dans les années à venir, nous étendrons encore le nombre de documents disponibles dans MyVivium.\n\nQu’est-ce qui est disponible pour le client ?\n· Documents Vie : preuve de paiement des primes, attestation fiscale et aperçu annuel.\n· Les documents Non-Vie (police, carte verte, attestation de sinistralité) seront accessibles plus tard. Vous serez averti lorsqu’ils seront disponibles.',
          en: 'The customer finds useful documents such as tax certificates or the annual overview. In the coming years we will further extend the number of documents in MyVivium.\n\nWhat is available for the customer?\n· Life documents: proof of premium payment, tax certificate and annual overview.\n· Non-life documents (policy, green card, claims-history certificate) will be available later. You will be notified when they are.',
        },
      },
      {
        id: 'IV.2',
        question: {
          nl: 'De klant vindt zijn documenten niet terug in zijn klantenzone, hoe komt dat? Wat kan ik doen om hem te helpen?',
          fr: 'Le client ne retrouve pas ses documents dans son espace client. Pourquoi ? Que puis-je faire pour l’aider ?',
          en: 'The customer cannot find their documents in their customer zone. Why is that, and what can I do to help?',
        },
        answer: {
          nl: "De beschikbare documenten vindt de klant in het tabblad 'Documenten' op de startpagina.\n\nAls het document dat de klant zoekt niet beschikbaar is, kunt u contact opnemen met de overeenkomstige interne dienst om het document op te vragen en per email aan de klant te bezorgen.",
          fr: 'Le client trouve les documents disponibles dans l’onglet « Documents » de la page d’accueil.\n\nSi le document recherché n’est pas disponible, vous pouvez contacter le service interne concerné pour le demander et l’envoyer au client par e-mail.',
          en: "The customer finds the available documents in the 'Documents' tab on the home page.\n\nIf the document the customer is looking for is not available, you can contact the relevant internal department to request it and send it to the customer by e-mail.",
        },
      },
      {
        id: 'IV.3',
        question: {
          nl: 'De klant wenst zijn documenten niet digitaal maar per post te ontvangen, wat moet ik doen?',
          fr: 'Le client souhaite recevoir ses documents par la poste plutôt que sous forme numérique. Que dois-je faire ?',
          en: 'The customer wants to receive their documents by post rather than digitally. What should I do?',
        },
        answer: {
          nl: 'Door zich te registreren in MyVivium heeft de klant er in principe mee ingestemd om zijn documenten digitaal te ontvangen.\n\nAls de klant sterk aandringt om zijn papieren documenten per post te ontvangen, kunt u een mail sturen naar myvivium@vivium.be om een uitzondering aan te vragen.\n\nWij wijzen u erop dat we uitzonderingen willen vermijden, omdat die een handmatige verwerking vereisen en dit niet optimaal is in het licht van een snelle dienstverlening en ons beleid inzake milieubescherming.',
          fr: 'En s’inscrivant sur MyVivium, le client a en principe accepté de recevoir ses documents sous forme numérique.\n\nSi le client insiste pour recevoir ses documents papier par la poste, vous pouvez envoyer un e-mail à myvivium@vivium.be pour demander une exception.\n\nNous attirons votre attention sur le fait que nous souhaitons éviter les exceptions, car elles exigent un traitement manuel, ce qui n’est pas optimal au regard d’un service rapide et de notre politique de protection de l’environnement.',
          en: 'By registering in MyVivium, the customer has in principle agreed to receive their documents digitally.\n\nIf the customer insists on receiving paper documents by post, you can send an e-mail to myvivium@vivium.be to request an exception.\n\nPlease note that we want to avoid exceptions, as they require manual handling, which is not ideal for fast service and for our environmental protection policy.',
        },
      },
    ],
  },
  {
    id: 'V',
    title: { nl: 'Persoonsgegevens', fr: 'Données personnelles', en: 'Personal data' },
    questions: [
      {
        id: 'V.1',
        question: {
          nl: 'MyVivium bevat persoonlijke en gevoelige informatie, is het systeem voldoende beveiligd?',
          fr: 'MyVivium contient des informations personnelles et sensibles. Le système est-il suffisamment sécurisé ?',
          en: 'MyVivium contains personal and sensitive information. Is the system secure enough?',
        },
        answer: {
          nl: 'Aangezien de gegevens in MyVivium gevoelig zijn, heeft veiligheid voor Vivium en P&V Group de hoogste prioriteit. De klant moet zich registreren/aanmelden met zijn identiteitskaart of met de Itsme®-app, die allebei uitermate beveiligde verbindingsmiddelen zijn. Als de klant ervoor kiest om een e-mailadres/wachtwoord te gebruiken, ontvangt hij een activeringscode per post bij de registratie en vervolgens telkens wanneer hij aanlogt, een code per sms. Dat noemen we multifactorauthenticatie, die een optimale beveiliging garandeert.',
          fr: 'Les données de MyVivium étant sensibles, la sécurité est la priorité absolue de Vivium et de P&V Group. Le client doit s’inscrire et se connecter avec sa carte d’identité ou avec l’application itsme®, deux moyens de connexion extrêmement sécurisés. S’il choisit d’utiliser une adresse e-mail et un mot de passe, il reçoit un code d’activation par la poste lors de l’inscription, puis un code par SMS à chaque connexion. C’est ce qu’on appelle l’authentification multifacteur, qui garantit une sécurité optimale.',
          en: 'As the data in MyVivium are sensitive, security is the highest priority for Vivium and P&V Group. The customer must register and sign in with their identity card or the itsme® app, both highly secure means of connection. If the customer chooses to use an e-mail address and password, they receive an activation code by post when registering and then a code by text message every time they sign in. This is called multi-factor authentication, which guarantees optimal security.',
        },
      },
      {
        id: 'V.2',
        question: {
          nl: 'Wat gebeurt er in de systemen als de klant zijn contactgegevens aanpast (adres, e-mail, telefoon)?',
          fr: 'Que se passe-t-il dans les systèmes lorsque le client modifie ses coordonnées (adresse, e-mail, téléphone) ?',
          en: 'What happens in the systems when the customer changes their contact details (address, e-mail, phone)?',
        },
        answer: {
          nl: 'Wanneer de klant zijn contactgegevens in de klantenzone aanpast, wordt onze klantendatabase bijgewerkt. Het wijzigen van contactgegevens in MyVivium houdt niet automatisch in dat adresgegevens worden aangepast voor alle contracten. Deze wijziging vergt een aparte actie binnen de beheerssystemen, waarvoor de klant contact kan opnemen met de adviseur.',
          fr: 'Lorsque le client modifie ses coordonnées dans l’espace client, notre base de données clients est mise à jour. Modifier ses coordonnées dans MyVivium n’entraîne pas automatiquement la modification de l’adresse sur tous les contrats. Cette modification demande une action distincte dans les systèmes de gestion, pour laquelle le client peut contacter son conseiller.',
          en: 'When the customer changes their contact details in the customer zone, our customer database is updated. Changing contact details in MyVivium does not automatically change the address on all contracts. That change needs a separate action in the management systems, for which the customer can contact their adviser.',
        },
      },
      {
        id: 'V.3',
        question: {
          nl: 'Word ik als makelaar op de hoogte gebracht als de klant zijn contactgegevens aanpast (adres, e-mail, telefoon)?',
          fr: 'En tant que courtier, suis-je informé lorsque le client modifie ses coordonnées (adresse, e-mail, téléphone) ?',
          en: 'As a broker, am I notified when the customer changes their contact details (address, e-mail, phone)?',
        },
        answer: {
          nl: 'We werken eraan om de nieuwe contactgegevens automatisch te delen met de makelaar via het blocretour systeem, maar vandaag is dit nog niet operationeel.',
          fr: 'Nous travaillons à partager automatiquement les nouvelles coordonnées avec le courtier via le système bloc retour, mais ce n’est pas encore opérationnel aujourd’hui.',
          en: 'We are working on sharing the new contact details with the broker automatically through the bloc retour system, but this is not operational yet.',
        },
      },
    ],
  },
  {
    id: 'VI',
    title: { nl: 'Hulp en contactpersoon', fr: 'Aide et contact', en: 'Help and contact' },
    questions: [
      {
        id: 'VI.1',
        question: {
          nl: 'Wie kan de klant of makelaar contacteren bij vragen of problemen met MyVivium?',
          fr: 'Qui le client ou le courtier peut-il contacter en cas de questions ou de problèmes avec MyVivium ?',
          en: 'Whom can the customer or broker contact with questions or problems about MyVivium?',
        },
        answer: {
          nl: "De makelaar blijft het belangrijkste contactpunt voor de klant, zeker met betrekking tot zijn contracten.\n\nIn MyVivium is een rubriek 'Contact & Help' beschikbaar waar de klant veelgestelde vragen kan terugvinden.\n\nKan de klant geen account aanmaken of inloggen? Hij kan ons contact center bereiken op het adres myvivium@vivium.be of op het nummer 02 406 87 09 (ma-do 8.30 tot 17 uur en vrij 8.30 tot 16 uur).",
          fr: 'Le courtier reste le principal point de contact du client, surtout pour ses contrats.\n\nMyVivium propose une rubrique « Contact & Aide » où le client trouve les questions fréquentes.\n\nLe client ne parvient pas à créer un compte ou à se connecter ? Il peut joindre notre centre de contact à l’adresse myvivium@vivium.be ou au numéro 02 406 87 09 (du lundi au jeudi de 8 h 30 à 17 h et le vendredi de 8 h 30 à 16 h).',
          en: "The broker remains the customer’s main point of contact, especially for their contracts.\n\nMyVivium has a 'Contact & Help' section where the customer finds frequently asked questions.\n\nThe customer cannot create an account or sign in? They can reach our contact centre at myvivium@vivium.be or on 02 406 87 09 (Monday to Thursday 8.30 am to 5 pm, Friday 8.30 am to 4 pm).",
        },
      },
    ],
  },
];
