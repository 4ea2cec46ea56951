import { CONTACT_CENTRE } from './contactCentre';
import { HOME_SCREEN_STEPS, type FaqSection } from './faq';

const { email, phoneDisplay, openingHoursText } = CONTACT_CENTRE;

/**
 * The FAQ for broker users (docs/requirements.md §5.6): what the customer zone means for a
 * broker's customers and how the broker helps them (§1–§4), what the broker sees of it (§6), and
 * the home-screen procedure to pass on (§5.7). Every answer must stay true of the zone: change it
 * together with the requirement it describes.
 */
export const BROKER_FAQ: readonly FaqSection[] = [
  {
    id: 'I',
    title: { nl: 'Algemeen', fr: 'Généralités', en: 'General' },
    questions: [
      {
        id: 'I.1',
        question: {
          nl: 'Wat verandert er voor een klant als hij zich registreert in de klantenzone?',
          fr: 'Qu’est-ce qui change pour un client lorsqu’il s’inscrit dans l’espace client ?',
          en: 'What changes for a customer who registers in the customer zone?',
        },
        answer: {
          nl: 'Bij de registratie aanvaardt de klant uitdrukkelijk dat hij zijn documenten voortaan digitaal ontvangt in de klantenzone, zoals fiscale attesten en jaaroverzichten.\n\nAfgezien van de documenten verandert er niets aan zijn contracten. De klant heeft er alleen voordeel bij: hij ziet meer over zijn contracten en kan zelf zijn contactgegevens aanpassen.',
          fr: 'En s’inscrivant, le client accepte expressément de recevoir désormais ses documents sous forme numérique dans l’espace client, comme les attestations fiscales et les aperçus annuels.\n\nÀ part les documents, rien ne change à ses contrats. Le client n’a que des avantages à s’inscrire : il voit davantage de choses sur ses contrats et peut modifier lui-même ses coordonnées.',
          en: 'When registering, the customer explicitly agrees to receive their documents digitally in the customer zone from then on, such as tax certificates and annual overviews.\n\nApart from the documents, nothing changes to their contracts. Registering only has advantages for the customer: they see more about their contracts and can change their contact details themselves.',
        },
      },
      {
        id: 'I.2',
        question: {
          nl: 'Wat is het verschil tussen MyBroker en onze klantenzone?',
          fr: 'Quelle est la différence entre MyBroker et notre espace client ?',
          en: 'What is the difference between MyBroker and our customer zone?',
        },
        answer: {
          nl: 'MyBroker is de klantenzone van de makelaar: de klant ziet er alle contracten die hij via zijn makelaar bij verschillende verzekeraars heeft, met de belangrijkste gegevens per contract.\n\nIn onze klantenzone ziet de klant zijn contracten bij ons in detail: bij leven bijvoorbeeld de opbouw van zijn IPT, VAPZ of pensioensparen, de begunstigden en zijn fiscale attesten; bij niet-leven (brand, auto, familiale) elke waarborg met wat gedekt is en wat niet.',
          fr: 'MyBroker est l’espace client du courtier : le client y voit tous les contrats qu’il a souscrits par son courtier auprès de différents assureurs, avec les principales données de chaque contrat.\n\nDans notre espace client, le client voit en détail ses contrats chez nous : en Vie, par exemple, la constitution de son EIP, de sa PLCI ou de son épargne-pension, les bénéficiaires et ses attestations fiscales ; en Non-Vie (incendie, auto, RC familiale), chaque garantie avec ce qui est couvert et ce qui ne l’est pas.',
          en: 'MyBroker is the broker’s customer zone: the customer sees all the contracts they hold through their broker with different insurers, with the main details of each.\n\nIn our customer zone the customer sees their contracts with us in detail: for life, for example, how their IPT, VAPZ or pension savings have built up, the beneficiaries and their tax certificates; for non-life (fire, motor, family liability), each guarantee with what is and is not covered.',
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
          nl: 'Nee. Een registratie wordt aan niemand gemeld, en u ziet ook niet of, wanneer of hoe een klant zich geregistreerd heeft. Het contactcenter ziet het wel, als de klant hulp nodig heeft.',
          fr: 'Non. Une inscription n’est signalée à personne, et vous ne voyez pas non plus si, quand ni comment un client s’est inscrit. Le centre de contact, lui, le voit, si le client a besoin d’aide.',
          en: 'No. A registration is reported to nobody, and you do not see whether, when or how a customer registered. The contact centre does, when the customer needs help.',
        },
      },
      {
        id: 'I.4',
        question: {
          nl: 'Kan ik als makelaar ook zien wat de klant in zijn klantenzone ziet?',
          fr: 'En tant que courtier, puis-je voir ce que le client voit dans son espace client ?',
          en: 'As a broker, can I also see what the customer sees in their customer zone?',
        },
        answer: {
          nl: 'Ja. Een klant ziet nooit meer over een contract dan zijn makelaar: voor elk contract dat uw kantoor beheert, ziet u alles wat de klant erover ziet, in onze beheertoepassingen en, via de koppeling van uw kantoor, in uw eigen makelaarssoftware.\n\nContracten die een ander kantoor beheert, ziet u niet, ook niet van een klant die u met dat kantoor deelt. Het rijksregisternummer van de klant ziet u gemaskeerd.',
          fr: 'Oui. Un client ne voit jamais plus sur un contrat que son courtier : pour chaque contrat géré par votre bureau, vous voyez tout ce que le client en voit, dans nos applications de gestion et, grâce à la connexion de votre bureau, dans votre propre logiciel de courtage.\n\nVous ne voyez pas les contrats gérés par un autre bureau, même pour un client que vous partagez avec ce bureau. Le numéro de registre national du client vous est montré masqué.',
          en: 'Yes. A customer never sees more about a contract than their broker: for every contract your office manages, you see everything the customer sees about it, in our management applications and, through your office’s connection, in your own broker software.\n\nYou do not see contracts managed by another office, not even for a customer you share with that office. The customer’s national register number is shown to you masked.',
        },
      },
      {
        id: 'I.5',
        question: {
          nl: 'Bestaat er een app voor smartphone of tablet?',
          fr: 'Existe-t-il une application pour smartphone ou tablette ?',
          en: 'Is there an app for smartphone or tablet?',
        },
        answer: {
          nl: 'Nee. De klantenzone is een website die werkt op computer, tablet en smartphone; de schermen passen zich aan het toestel aan.\n\nWil uw klant ze met één tik openen, zoals een app, dan kan hij ze op het beginscherm van zijn smartphone zetten (zie I.6).',
          fr: 'Non. L’espace client est un site web qui fonctionne sur ordinateur, tablette et smartphone ; les écrans s’adaptent à l’appareil.\n\nSi votre client veut l’ouvrir d’une simple pression, comme une application, il peut le placer sur l’écran d’accueil de son smartphone (voir I.6).',
          en: 'No. The customer zone is a website that works on computer, tablet and phone; the screens adapt to the device.\n\nIf your customer wants to open it with one tap, like an app, they can put it on their phone’s home screen (see I.6).',
        },
        seeAlso: ['I.6'],
      },
      {
        id: 'I.6',
        question: {
          nl: 'Hoe zet een klant de klantenzone op het beginscherm van zijn smartphone?',
          fr: 'Comment un client place-t-il l’espace client sur l’écran d’accueil de son smartphone ?',
          en: 'How does a customer put the customer zone on their phone’s home screen?',
        },
        answer: HOME_SCREEN_STEPS,
      },
    ],
  },
  {
    id: 'II',
    title: { nl: 'Registratie en aanmelding', fr: 'Inscription et connexion', en: 'Registering and signing in' },
    questions: [
      {
        id: 'II.1',
        question: {
          nl: 'Hoe kan de klant een account aanmaken?',
          fr: 'Comment le client peut-il créer un compte ?',
          en: 'How can the customer create an account?',
        },
        answer: {
          nl: 'De klant kan zich op drie manieren registreren en aanmelden:\n· Met itsme®: de klant heeft de itsme®-app op zijn smartphone nodig.\n· Met de eID: de klant heeft zijn Belgische elektronische identiteitskaart, de pincode en een kaartlezer nodig.\n· Met zijn persoonsgegevens: de eerste keer geeft de klant een van zijn contractnummers en zijn rijksregisternummer in en ontvangt hij per post een activeringscode; daarmee kiest hij een e-mailadres en een wachtwoord. Bij elke volgende aanmelding ontvangt hij na zijn wachtwoord een code per sms.',
          fr: 'Le client peut s’inscrire et se connecter de trois manières :\n· Avec itsme® : le client a besoin de l’application itsme® sur son smartphone.\n· Avec l’eID : le client a besoin de sa carte d’identité électronique belge, de son code PIN et d’un lecteur de carte.\n· Avec ses données personnelles : la première fois, le client indique l’un de ses numéros de contrat et son numéro de registre national, et reçoit par la poste un code d’activation ; il choisit ensuite une adresse e-mail et un mot de passe. À chaque connexion suivante, il reçoit un code par SMS après son mot de passe.',
          en: 'The customer can register and sign in in three ways:\n· With itsme®: the customer needs the itsme® app on their smartphone.\n· With eID: the customer needs their Belgian electronic identity card, its PIN code and a card reader.\n· With their personal details: the first time, the customer enters one of their contract numbers and their national register number and receives an activation code by post; with it they choose an e-mail address and a password. At every later sign-in they receive a code by text message after their password.',
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
          nl: 'Die e-mail is niet nodig: iedereen die bij ons een contract heeft, kan zich registreren via ‘Registreren’ in de klantenzone. Bezorg de klant het adres van de klantenzone (zie II.1).',
          fr: 'Cet e-mail n’est pas nécessaire : toute personne ayant un contrat chez nous peut s’inscrire via « S’inscrire » dans l’espace client. Transmettez au client l’adresse de l’espace client (voir II.1).',
          en: 'That e-mail is not needed: anyone with a contract with us can register through ‘Register’ in the customer zone. Send the customer the address of the customer zone (see II.1).',
        },
        seeAlso: ['II.1'],
      },
      {
        id: 'II.3',
        question: {
          nl: 'De klant slaagt er niet in om een account aan te maken. Wat moet ik doen?',
          fr: 'Le client ne parvient pas à créer un compte. Que dois-je faire ?',
          en: 'The customer cannot create an account. What should I do?',
        },
        answer: {
          nl: 'De melding op het scherm zegt waarom: de klant komt niet voor in ons klantenbestand, komt er meer dan eens in voor, of zijn gegevens stemmen niet overeen met de onze.\n\nIn die gevallen kan de klant, of u voor hem, contact opnemen met het contactcenter (zie VI.1), met de melding en een contractnummer. Het contactcenter zoekt de klant op, ziet waar het vastloopt en biedt een oplossing.',
          fr: 'Le message à l’écran en donne la raison : le client ne figure pas dans notre fichier clients, y figure plusieurs fois, ou ses données ne correspondent pas aux nôtres.\n\nDans ces cas, le client, ou vous-même pour lui, peut contacter le centre de contact (voir VI.1), avec le message et un numéro de contrat. Le centre de contact recherche le client, voit où cela bloque et propose une solution.',
          en: 'The message on the screen says why: the customer is not in our customer records, is in them more than once, or their details do not match ours.\n\nIn those cases the customer, or you on their behalf, can contact the contact centre (see VI.1) with the message and a contract number. The contact centre looks the customer up, sees where it is stuck and offers a solution.',
        },
        seeAlso: ['VI.1'],
      },
      {
        id: 'II.4',
        question: {
          nl: 'De activeringscode die per post naar de klant is gestuurd, is nooit aangekomen of is verlopen. Wat moet ik doen?',
          fr: 'Le code d’activation envoyé par la poste au client n’est jamais arrivé ou a expiré. Que dois-je faire ?',
          en: 'The activation code sent to the customer by post never arrived or has expired. What should I do?',
        },
        answer: {
          nl: 'De klant kan op de registratiepagina een nieuwe code aanvragen; de vorige werkt dan niet meer. De brief gaat naar het adres in ons klantenbestand: klopt dat adres niet meer, laat het dan eerst aanpassen.\n\nWerkt het niet? Het contactcenter kan de klant een nieuwe code sturen (zie VI.1).',
          fr: 'Le client peut demander un nouveau code sur la page d’inscription ; le précédent ne fonctionne alors plus. La lettre part à l’adresse de notre fichier clients : si cette adresse n’est plus correcte, faites-la d’abord modifier.\n\nCela ne fonctionne pas ? Le centre de contact peut envoyer un nouveau code au client (voir VI.1).',
          en: 'The customer can ask for a new code on the registration page; the previous one then stops working. The letter goes to the address in our customer records: if that address is no longer right, have it changed first.\n\nDoes that not work? The contact centre can send the customer a new code (see VI.1).',
        },
        seeAlso: ['VI.1'],
      },
      {
        id: 'II.5',
        question: {
          nl: 'De klant kan geen account aanmaken omdat het e-mailadres al in gebruik is.',
          fr: 'Le client ne peut pas créer de compte parce que l’adresse e-mail est déjà utilisée.',
          en: 'The customer cannot create an account because the e-mail address is already in use.',
        },
        answer: {
          nl: 'Een e-mailadres kan slechts aan één account gekoppeld worden. Delen twee klanten, bijvoorbeeld partners, één adres, dan moet een van hen een ander e-mailadres gebruiken. Na deze melding is de activeringscode opgebruikt: de klant vraagt een nieuwe aan.',
          fr: 'Une adresse e-mail ne peut être liée qu’à un seul compte. Si deux clients, par exemple des partenaires, partagent une adresse, l’un d’eux doit utiliser une autre adresse e-mail. Après ce message, le code d’activation est épuisé : le client en demande un nouveau.',
          en: 'An e-mail address can be linked to one account only. If two customers, partners for example, share one address, one of them must use another e-mail address. After this message the activation code is used up: the customer asks for a new one.',
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
          nl: 'Welke contracten en welke informatie vindt de klant in zijn klantenzone?',
          fr: 'Quels contrats et quelles informations le client trouve-t-il dans son espace client ?',
          en: 'Which contracts and which information does the customer find in their customer zone?',
        },
        answer: {
          nl: 'De klant ziet de contracten waarvan hij verzekeringnemer is of waarop hij verzekerd is:\n· Leven: particulieren en professionele klanten zien hun contracten pensioen, sparen en beleggen, met overlijden en gewaarborgd inkomen als aanvullende waarborg, ook IPT, VAPZ en pensioensparen.\n· Niet-leven: particulieren zien hun contracten auto, motor, brand, BA gezin, ongevallen privéleven en rechtsbijstand.\n\nPer contract ziet de klant onder meer het risico, de waarborgen, het opgebouwde spaargeld en de begunstigden.',
          fr: 'Le client voit les contrats dont il est le preneur d’assurance ou sur lesquels il est assuré :\n· Vie : les particuliers et les clients professionnels voient leurs contrats pension, épargne et placement, avec le décès et le revenu garanti en garantie complémentaire, y compris l’EIP, la PLCI et l’épargne-pension.\n· Non-Vie : les particuliers voient leurs contrats auto, moto, incendie, RC familiale, accidents de la vie privée et protection juridique.\n\nPour chaque contrat, le client voit notamment le risque, les garanties, l’épargne constituée et les bénéficiaires.',
          en: 'The customer sees the contracts they hold or on which they are insured:\n· Life: private and professional customers see their pension, savings and investment contracts, with death and guaranteed income as supplementary guarantees, including IPT, VAPZ and pension savings.\n· Non-life: private customers see their motor, motorcycle, fire, family liability, private-life accident and legal assistance contracts.\n\nFor each contract the customer sees, among other things, the risk, the guarantees, the savings built up and the beneficiaries.',
        },
      },
      {
        id: 'III.2',
        question: {
          nl: 'De klant vindt niet al zijn contracten terug in zijn klantenzone. Hoe komt dat?',
          fr: 'Le client ne retrouve pas tous ses contrats dans son espace client. Pourquoi ?',
          en: 'The customer does not find all their contracts in their customer zone. Why is that?',
        },
        answer: {
          nl: 'Niet elk contract staat al in de klantenzone: nog niet opgenomen zijn de losse waarborgen overlijden en gewaarborgd inkomen, autocontracten in het oude autosysteem, fietsverzekeringen en nicheproducten zoals BA jacht of pleziervaartuigen.\n\nOnder ‘Ik vind mijn contract niet’ ziet de klant elk van zijn contracten dat niet getoond wordt, met de reden en, waar bekend, wanneer het erbij komt.',
          fr: 'Tous les contrats ne figurent pas encore dans l’espace client : ne sont pas encore repris les garanties décès et revenu garanti souscrites seules, les contrats auto de l’ancien système auto, les assurances vélo et les produits de niche comme la RC chasse ou les bateaux de plaisance.\n\nSous « Je ne trouve pas mon contrat », le client voit chacun de ses contrats qui n’est pas affiché, avec la raison et, si elle est connue, la date à laquelle il le sera.',
          en: 'Not every contract is in the customer zone yet: not yet included are standalone death and guaranteed-income guarantees, motor contracts in the old motor system, bicycle insurance and niche products such as hunting liability or pleasure boats.\n\nUnder ‘I can’t find my contract’ the customer sees each of their contracts that is not shown, with the reason and, where known, when it will be.',
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
          nl: 'Welke documenten vindt de klant in zijn klantenzone?',
          fr: 'Quels documents le client trouve-t-il dans son espace client ?',
          en: 'Which documents does the customer find in their customer zone?',
        },
        answer: {
          nl: 'De documenten leven: bewijzen van premiebetaling, fiscale attesten, jaaroverzichten en winstdeelnameattesten.\n\nDe documenten niet-leven (polis en bijvoegsels, groene kaart, schadeattest) komen later; u wordt verwittigd wanneer ze beschikbaar zijn.',
          fr: 'Les documents Vie : preuves de paiement des primes, attestations fiscales, aperçus annuels et attestations de participation bénéficiaire.\n\nLes documents Non-Vie (police et avenants, carte verte, attestation de sinistralité) suivront plus tard ; vous serez averti lorsqu’ils seront disponibles.',
          en: 'The life documents: proofs of premium payment, tax certificates, annual overviews and profit-sharing certificates.\n\nThe non-life documents (policy and amendments, green card, claims-history certificate) will follow later; you will be told when they are available.',
        },
      },
      {
        id: 'IV.2',
        question: {
          nl: 'De klant vindt een document niet terug in zijn klantenzone. Wat kan ik doen om hem te helpen?',
          fr: 'Le client ne retrouve pas un document dans son espace client. Que puis-je faire pour l’aider ?',
          en: 'The customer cannot find a document in their customer zone. What can I do to help?',
        },
        answer: {
          nl: 'De beschikbare documenten staan onder ‘Documenten’ in de klantenzone.\n\nStaat het gezochte document er niet bij, vraag het dan aan met het soort document, het jaar en het contract, via uw makelaarssoftware of bij het contactcenter. Het contactcenter vraagt het op bij de betrokken dienst en stuurt het de klant per e-mail, of laat weten waarom dat niet kan; u ziet de status van de aanvraag.',
          fr: 'Les documents disponibles se trouvent sous « Documents » dans l’espace client.\n\nSi le document recherché n’y figure pas, demandez-le en indiquant le type de document, l’année et le contrat, via votre logiciel de courtage ou auprès du centre de contact. Le centre de contact le demande au service concerné et l’envoie au client par e-mail, ou explique pourquoi ce n’est pas possible ; vous voyez le statut de la demande.',
          en: 'The available documents are under ‘Documents’ in the customer zone.\n\nIf the document is not there, ask for it with the type of document, the year and the contract, through your broker software or at the contact centre. The contact centre obtains it from the department concerned and sends it to the customer by e-mail, or says why it cannot; you see the status of the request.',
        },
      },
      {
        id: 'IV.3',
        question: {
          nl: 'De klant wenst zijn documenten niet digitaal maar per post te ontvangen. Wat moet ik doen?',
          fr: 'Le client souhaite recevoir ses documents par la poste plutôt que sous forme numérique. Que dois-je faire ?',
          en: 'The customer wants to receive their documents by post rather than digitally. What should I do?',
        },
        answer: {
          nl: 'Door zich te registreren heeft de klant ermee ingestemd zijn documenten digitaal te ontvangen.\n\nHoudt de klant vast aan papier, dan vraagt hij dat zelf aan in de klantenzone onder ‘Documenten op papier’, met de reden. Het contactcenter beslist; u ziet de status van de aanvraag, niet de reden van de klant of de toelichting bij de beslissing.\n\nWij willen uitzonderingen beperken: ze vragen handwerk, vertragen de dienstverlening en kosten papier.',
          fr: 'En s’inscrivant, le client a accepté de recevoir ses documents sous forme numérique.\n\nSi le client tient au papier, il en fait lui-même la demande dans l’espace client sous « Documents papier », avec la raison. Le centre de contact décide ; vous voyez le statut de la demande, pas la raison du client ni la note accompagnant la décision.\n\nNous souhaitons limiter les exceptions : elles demandent un traitement manuel, ralentissent le service et consomment du papier.',
          en: 'By registering, the customer agreed to receive their documents digitally.\n\nIf the customer insists on paper, they ask for it themselves in the customer zone under ‘Paper documents’, with their reason. The contact centre decides; you see the status of the request, not the customer’s reason or the note on the decision.\n\nWe want to keep exceptions rare: they take manual work, slow the service down and use paper.',
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
          nl: 'De klantenzone bevat persoonlijke en gevoelige informatie. Is ze voldoende beveiligd?',
          fr: 'L’espace client contient des informations personnelles et sensibles. Est-il suffisamment sécurisé ?',
          en: 'The customer zone holds personal and sensitive information. Is it secure enough?',
        },
        answer: {
          nl: 'Ja. De klant meldt zich aan met itsme® of zijn eID, twee sterk beveiligde middelen, of met e-mailadres en wachtwoord: dan ontvangt hij bij de registratie een activeringscode per post en bij elke aanmelding een code per sms (multifactorauthenticatie). Een wijziging van e-mailadres, gsm-nummer of adres vraagt ook een sms-code.',
          fr: 'Oui. Le client se connecte avec itsme® ou son eID, deux moyens très sécurisés, ou avec une adresse e-mail et un mot de passe : il reçoit alors un code d’activation par la poste lors de l’inscription et un code par SMS à chaque connexion (authentification multifacteur). Une modification de l’adresse e-mail, du numéro de GSM ou de l’adresse demande aussi un code SMS.',
          en: 'Yes. The customer signs in with itsme® or their eID, both highly secure, or with an e-mail address and password: they then receive an activation code by post when registering and a code by text message at every sign-in (multi-factor authentication). Changing the e-mail address, mobile number or address also takes a text-message code.',
        },
      },
      {
        id: 'V.2',
        question: {
          nl: 'Wat gebeurt er als de klant zijn contactgegevens aanpast (adres, e-mail, telefoon)?',
          fr: 'Que se passe-t-il lorsque le client modifie ses coordonnées (adresse, e-mail, téléphone) ?',
          en: 'What happens when the customer changes their contact details (address, e-mail, phone)?',
        },
        answer: {
          nl: 'Onze klantendatabase wordt bijgewerkt. Het adres op de lopende contracten verandert daarmee niet: dat vraagt een aparte aanpassing in de beheersystemen, waarvoor de klant bij u terechtkomt. De klantenzone zegt hem dat ook.',
          fr: 'Notre base de données clients est mise à jour. L’adresse figurant sur les contrats en cours ne change pas pour autant : cela demande une modification distincte dans les systèmes de gestion, pour laquelle le client s’adresse à vous. L’espace client le lui indique aussi.',
          en: 'Our customer database is updated. The address on the running contracts does not change with it: that takes a separate change in the management systems, for which the customer comes to you. The customer zone tells them so.',
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
          nl: 'Ja. Elke wijziging levert een bericht op voor elk kantoor dat een contract van de klant beheert. Uw makelaarssoftware leest die berichten in de wijzigingsfeed van uw kantoor of laat zich verwittigen via een webhook.\n\nHet versturen van die wijzigingen als bloc-retourberichten is nog niet operationeel.',
          fr: 'Oui. Chaque modification produit un avis pour chaque bureau qui gère un contrat du client. Votre logiciel de courtage lit ces avis dans le flux de modifications de votre bureau ou se fait prévenir par un webhook.\n\nL’envoi de ces modifications sous forme de messages bloc retour n’est pas encore opérationnel.',
          en: 'Yes. Every change produces a notice for each office that manages a contract of the customer. Your broker software reads these notices in your office’s change feed or is told of them through a webhook.\n\nSending these changes as bloc retour records is not operational yet.',
        },
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
          nl: 'Wie kan de klant of makelaar contacteren bij vragen of problemen met de klantenzone?',
          fr: 'Qui le client ou le courtier peut-il contacter en cas de questions ou de problèmes avec l’espace client ?',
          en: 'Whom can the customer or broker contact with questions or problems about the customer zone?',
        },
        answer: {
          nl: `De makelaar blijft het belangrijkste contactpunt voor de klant, zeker met betrekking tot zijn contracten.\n\nIn de klantenzone vindt de klant onder ‘Contact & hulp’ de veelgestelde vragen, voor klanten geschreven.\n\nKan de klant geen account aanmaken of niet inloggen? Hij, of u voor hem, kan ons contactcenter bereiken op ${email} of op ${phoneDisplay} (${openingHoursText.nl}).`,
          fr: `Le courtier reste le principal point de contact du client, surtout pour ses contrats.\n\nDans l’espace client, le client trouve sous « Contact & aide » les questions fréquentes, rédigées pour les clients.\n\nLe client ne parvient pas à créer un compte ou à se connecter ? Lui, ou vous-même pour lui, peut joindre notre centre de contact à l’adresse ${email} ou au ${phoneDisplay} (${openingHoursText.fr}).`,
          en: `The broker remains the customer’s main point of contact, especially for their contracts.\n\nIn the customer zone, the customer finds the frequently asked questions, written for customers, under ‘Contact & help’.\n\nThe customer cannot create an account or sign in? They, or you on their behalf, can reach our contact centre at ${email} or on ${phoneDisplay} (${openingHoursText.en}).`,
        },
      },
    ],
  },
];
