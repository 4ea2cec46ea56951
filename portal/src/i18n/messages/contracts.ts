import type {
  BeneficiaryEvent,
  BuildingInsuredPart,
  BuildingType,
  ContractDomain,
  ContractNotShownReason,
  ContractStatus,
  DeductibleKind,
  FiscalRegime,
  LifeBranch,
  LifePolicyType,
  LifeProductKind,
  Occupancy,
  PremiumFrequency,
  VehicleUse,
} from '../../../../operations/generated/graphql';
import { catalogue } from '../i18n';

/**
 * Texts of the contract pages: the overview, a life contract, a non-life contract and "I can't
 * find my contract". Product, guarantee and clause names come from the graph in the page's
 * language (docs/requirements.md §2.8); every enum the pages show is translated by a map below,
 * typed by the enum so a new value does not compile until it is translated.
 */
export const contracts = catalogue({
  en: {
    greeting: 'Welcome, {name}',
    lifeContracts: 'Life insurance',
    nonLifeContracts: 'Non-life insurance',
    noLifeContracts: 'You have no life contracts in the customer zone.',
    noNonLifeContracts: 'You have no non-life contracts in the customer zone.',
    missingContract: 'Missing a contract?',
    missingContractLink: "I can't find my contract",
    contractNumber: 'Contract number',
    status: 'Status',
    reserve: 'Reserve',
    reserveOn: '{amount} on {date}',
    premium: 'Premium',
    premiumPer: '{amount} {period}',
    company: '{name} (company)',
    you: '{name} (you)',
    latestDocuments: 'Latest documents',
    noDocumentsYet: 'No documents yet.',
    allDocuments: 'All documents ({count})',
    issuedOn: 'issued on {date}',
    household: 'Household of {count}',
    householdOne: 'Household of 1 person',
    backToOverview: 'Back to the overview',
    contractUnavailable: 'This contract is not available in your customer zone.',
    contractUnavailableHelp:
      'Check the link, or go back to the overview. If you miss a contract, see why it may not be shown.',
    summary: 'Summary',
    startDate: 'Start date',
    facts: 'Details of the contract',
    box: 'box',
  },
  nl: {
    greeting: 'Welkom, {name}',
    lifeContracts: 'Levensverzekeringen',
    nonLifeContracts: 'Schadeverzekeringen',
    noLifeContracts: 'U hebt geen levensverzekeringen in de klantenzone.',
    noNonLifeContracts: 'U hebt geen schadeverzekeringen in de klantenzone.',
    missingContract: 'Mist u een contract?',
    missingContractLink: 'Ik vind mijn contract niet',
    contractNumber: 'Contractnummer',
    status: 'Status',
    reserve: 'Reserve',
    reserveOn: '{amount} op {date}',
    premium: 'Premie',
    premiumPer: '{amount} {period}',
    company: '{name} (vennootschap)',
    you: '{name} (u)',
    latestDocuments: 'Recente documenten',
    noDocumentsYet: 'Nog geen documenten.',
    allDocuments: 'Alle documenten ({count})',
    issuedOn: 'uitgegeven op {date}',
    household: 'Gezin van {count} personen',
    householdOne: 'Gezin van 1 persoon',
    backToOverview: 'Terug naar het overzicht',
    contractUnavailable: 'Dit contract is niet beschikbaar in uw klantenzone.',
    contractUnavailableHelp:
      'Controleer de link of ga terug naar het overzicht. Mist u een contract, bekijk dan waarom het misschien niet getoond wordt.',
    summary: 'Samenvatting',
    startDate: 'Begindatum',
    facts: 'Gegevens van het contract',
    box: 'bus',
  },
  fr: {
    greeting: 'Bienvenue, {name}',
    lifeContracts: 'Assurances vie',
    nonLifeContracts: 'Assurances non-vie',
    noLifeContracts: "Vous n'avez pas d'assurance vie dans l'espace client.",
    noNonLifeContracts: "Vous n'avez pas d'assurance non-vie dans l'espace client.",
    missingContract: 'Il vous manque un contrat ?',
    missingContractLink: 'Je ne trouve pas mon contrat',
    contractNumber: 'Numéro de contrat',
    status: 'Statut',
    reserve: 'Réserve',
    reserveOn: '{amount} au {date}',
    premium: 'Prime',
    premiumPer: '{amount} {period}',
    company: '{name} (société)',
    you: '{name} (vous)',
    latestDocuments: 'Documents récents',
    noDocumentsYet: 'Pas encore de documents.',
    allDocuments: 'Tous les documents ({count})',
    issuedOn: 'émis le {date}',
    household: 'Ménage de {count} personnes',
    householdOne: 'Ménage de 1 personne',
    backToOverview: "Retour à l'aperçu",
    contractUnavailable: "Ce contrat n'est pas disponible dans votre espace client.",
    contractUnavailableHelp:
      "Vérifiez le lien ou revenez à l'aperçu. S'il vous manque un contrat, voyez pourquoi il n'est peut-être pas affiché.",
    summary: 'Résumé',
    startDate: "Date de prise d'effet",
    facts: 'Données du contrat',
    box: 'boîte',
  },
});

/** The life contract page (docs/requirements.md §2.2). */
export const lifeContract = catalogue({
  en: {
    category: 'Category',
    branch: 'Insurance branch',
    policyType: 'Contract type',
    fiscalRegime: 'Tax regime',
    endDate: 'Ended on',
    expiryDate: 'Term date',
    noExpiryDate: 'No term',
    parties: 'Persons on the contract',
    policyholder: 'Policyholder',
    insured: 'Insured person(s)',
    noInsured: 'None: capitalisation insures no life.',
    premiumAndFrequency: 'Premium',
    frequency: 'Payment frequency',
    nextDueDate: 'Next due date',
    noNextDueDate: 'None',
    savings: 'Reserve and surrender value',
    reserve: 'Reserve (savings built up)',
    noReserve: 'This product builds no reserve.',
    valuationDate: 'Valuation date',
    surrenderValue: 'Surrender value',
    surrenderValueHint:
      'What the policyholder would receive on surrendering the contract at the valuation date, after surrender charges.',
    guaranteedRate: 'Guaranteed rate',
    profitSharing: 'Profit sharing',
    profitSharingHint: 'Profit sharing comes on top of the guaranteed rate and is not guaranteed.',
    profitSharingAcquired: 'Acquired so far',
    profitSharingThisYear: 'Allotted for the latest year',
    profitSharingRate: 'Rate for the latest year',
    funds: 'Funds',
    fundsHint: 'The value of a unit-linked contract follows the funds (units × unit price); it is not guaranteed.',
    fund: 'Fund',
    units: 'Units',
    unitPrice: 'Unit price',
    priceDate: 'Price date',
    value: 'Value',
    share: 'Share',
    beneficiaries: 'Beneficiaries',
    beneficiariesHint: 'Rank 2 receives only when no rank 1 beneficiary does.',
    noBeneficiaries: 'No beneficiaries designated.',
    rank: 'Rank',
    beneficiary: 'Beneficiary',
    nameWithheld: 'name not shown',
    guarantees: 'Guarantees',
    mainGuarantee: 'Main guarantee',
    supplementaryGuarantee: 'Supplementary guarantee',
    insuredCapital: 'Insured capital',
    insuredIncome: 'Insured yearly income',
    notFixed: 'Not fixed',
    documents: 'Documents for this contract',
    noDocuments: 'No documents for this contract yet.',
    allDocuments: 'All documents for this contract ({count})',
  },
  nl: {
    category: 'Categorie',
    branch: 'Verzekeringstak',
    policyType: 'Soort contract',
    fiscalRegime: 'Fiscaal stelsel',
    endDate: 'Beëindigd op',
    expiryDate: 'Einddatum',
    noExpiryDate: 'Geen einddatum',
    parties: 'Personen op het contract',
    policyholder: 'Verzekeringnemer',
    insured: 'Verzekerde(n)',
    noInsured: 'Geen: een kapitalisatieverrichting verzekert geen leven.',
    premiumAndFrequency: 'Premie',
    frequency: 'Periodiciteit',
    nextDueDate: 'Volgende vervaldag',
    noNextDueDate: 'Geen',
    savings: 'Reserve en afkoopwaarde',
    reserve: 'Opgebouwde reserve',
    noReserve: 'Dit product bouwt geen reserve op.',
    valuationDate: 'Waarderingsdatum',
    surrenderValue: 'Afkoopwaarde',
    surrenderValueHint:
      'Wat de verzekeringnemer zou ontvangen bij afkoop van het contract op de waarderingsdatum, na afkoopvergoeding.',
    guaranteedRate: 'Gewaarborgde rentevoet',
    profitSharing: 'Winstdeelname',
    profitSharingHint: 'De winstdeelname komt bovenop de gewaarborgde rentevoet en is niet gewaarborgd.',
    profitSharingAcquired: 'Tot nu toe verworven',
    profitSharingThisYear: 'Toegekend voor het laatste jaar',
    profitSharingRate: 'Rentevoet van het laatste jaar',
    funds: 'Fondsen',
    fundsHint:
      'De waarde van een beleggingsverzekering volgt de fondsen (eenheden × waarde per eenheid); ze is niet gewaarborgd.',
    fund: 'Fonds',
    units: 'Eenheden',
    unitPrice: 'Waarde per eenheid',
    priceDate: 'Koersdatum',
    value: 'Waarde',
    share: 'Aandeel',
    beneficiaries: 'Begunstigden',
    beneficiariesHint: 'Rang 2 ontvangt alleen als geen begunstigde van rang 1 ontvangt.',
    noBeneficiaries: 'Geen begunstigden aangeduid.',
    rank: 'Rang',
    beneficiary: 'Begunstigde',
    nameWithheld: 'naam niet getoond',
    guarantees: 'Waarborgen',
    mainGuarantee: 'Hoofdwaarborg',
    supplementaryGuarantee: 'Aanvullende waarborg',
    insuredCapital: 'Verzekerd kapitaal',
    insuredIncome: 'Verzekerd jaarinkomen',
    notFixed: 'Niet vast bepaald',
    documents: 'Documenten bij dit contract',
    noDocuments: 'Nog geen documenten bij dit contract.',
    allDocuments: 'Alle documenten bij dit contract ({count})',
  },
  fr: {
    category: 'Catégorie',
    branch: "Branche d'assurance",
    policyType: 'Type de contrat',
    fiscalRegime: 'Régime fiscal',
    endDate: 'Terminé le',
    expiryDate: 'Date de terme',
    noExpiryDate: 'Sans terme',
    parties: 'Personnes au contrat',
    policyholder: "Preneur d'assurance",
    insured: 'Assuré(s)',
    noInsured: "Aucun : une opération de capitalisation n'assure aucune vie.",
    premiumAndFrequency: 'Prime',
    frequency: 'Périodicité',
    nextDueDate: 'Prochaine échéance',
    noNextDueDate: 'Aucune',
    savings: 'Réserve et valeur de rachat',
    reserve: 'Réserve constituée',
    noReserve: 'Ce produit ne constitue pas de réserve.',
    valuationDate: 'Date de valorisation',
    surrenderValue: 'Valeur de rachat',
    surrenderValueHint:
      "Ce que le preneur d'assurance recevrait en rachetant le contrat à la date de valorisation, après indemnité de rachat.",
    guaranteedRate: "Taux d'intérêt garanti",
    profitSharing: 'Participation bénéficiaire',
    profitSharingHint: "La participation bénéficiaire s'ajoute au taux garanti et n'est pas garantie.",
    profitSharingAcquired: 'Acquise à ce jour',
    profitSharingThisYear: 'Attribuée pour la dernière année',
    profitSharingRate: 'Taux de la dernière année',
    funds: 'Fonds',
    fundsHint:
      "La valeur d'une assurance placement suit les fonds (unités × valeur d'une unité) ; elle n'est pas garantie.",
    fund: 'Fonds',
    units: 'Unités',
    unitPrice: "Valeur d'une unité",
    priceDate: 'Date de la valeur',
    value: 'Valeur',
    share: 'Part',
    beneficiaries: 'Bénéficiaires',
    beneficiariesHint: 'Le rang 2 ne reçoit que si aucun bénéficiaire de rang 1 ne reçoit.',
    noBeneficiaries: 'Aucun bénéficiaire désigné.',
    rank: 'Rang',
    beneficiary: 'Bénéficiaire',
    nameWithheld: 'nom non affiché',
    guarantees: 'Garanties',
    mainGuarantee: 'Garantie principale',
    supplementaryGuarantee: 'Garantie complémentaire',
    insuredCapital: 'Capital assuré',
    insuredIncome: 'Revenu annuel assuré',
    notFixed: 'Non fixé',
    documents: 'Documents de ce contrat',
    noDocuments: 'Pas encore de documents pour ce contrat.',
    allDocuments: 'Tous les documents de ce contrat ({count})',
  },
});

/** The non-life contract page (docs/requirements.md §2.4). */
export const nonLifeContract = catalogue({
  en: {
    endDate: 'End date',
    noEndDate: 'None: the contract renews every year',
    renewalDate: 'Annual renewal date',
    renewalDateHint:
      'The contract renews every year on this date, when the premium is due. To end it, give notice at least three months before this date.',
    frequency: 'Payment frequency',
    annualPremium: 'Premium per year',
    insuredObject: 'What is insured',
    vehicle: 'Vehicle',
    makeAndModel: 'Make and model',
    licensePlate: 'Licence plate',
    vin: 'Chassis number (VIN)',
    firstRegistration: 'First registered',
    use: 'Use',
    address: 'Address of the insured building',
    buildingType: 'Kind of building',
    occupancy: 'Owner or tenant',
    insuredPart: 'Insured',
    householdIntro: 'This contract insures people of your household rather than things.',
    numberOfPersons: 'People covered',
    bonusMalus: 'Bonus-malus',
    bonusMalusDegree: 'Degree',
    bonusMalusBelow: 'Below the entry degree 14: you pay less than the base premium.',
    bonusMalusAt: 'The entry degree 14: you pay the base premium (100 %).',
    bonusMalusAbove: 'Above the entry degree 14: you pay more than the base premium.',
    bonusMalusHint:
      'The scale runs from 0 (best) to 22 (worst). Each claim-free year lowers the degree by 1; each claim in which the driver was at fault raises it by 5.',
    guarantees: 'Guarantees',
    guaranteesHint: 'A plain-language summary: the conditions of your policy remain the reference.',
    guaranteeCode: 'Guarantee code',
    insuredAmount: 'Most paid per claim',
    noInsuredAmount: 'No amount set in the contract (unlimited, or set by law or the general conditions)',
    deductible: 'Deductible',
    noDeductible: 'No deductible',
    percentageOfValue: '{percentage} of the insured value',
    covered: 'What is covered',
    notCovered: 'What is not covered',
    seePolicy: 'See the conditions of your policy.',
  },
  nl: {
    endDate: 'Einddatum',
    noEndDate: 'Geen: het contract wordt elk jaar verlengd',
    renewalDate: 'Hoofdvervaldag',
    renewalDateHint:
      'Het contract wordt elk jaar op deze datum verlengd en dan is de premie verschuldigd. Wilt u het opzeggen, doe dat dan minstens drie maanden vóór deze datum.',
    frequency: 'Periodiciteit',
    annualPremium: 'Premie per jaar',
    insuredObject: 'Wat is verzekerd',
    vehicle: 'Voertuig',
    makeAndModel: 'Merk en model',
    licensePlate: 'Nummerplaat',
    vin: 'Chassisnummer (VIN)',
    firstRegistration: 'Eerste inschrijving',
    use: 'Gebruik',
    address: 'Adres van het verzekerde gebouw',
    buildingType: 'Soort gebouw',
    occupancy: 'Eigenaar of huurder',
    insuredPart: 'Verzekerd',
    householdIntro: 'Dit contract verzekert personen van uw gezin, geen voorwerpen.',
    numberOfPersons: 'Verzekerde personen',
    bonusMalus: 'Bonus-malus',
    bonusMalusDegree: 'Graad',
    bonusMalusBelow: 'Onder de instapgraad 14: u betaalt minder dan de basispremie.',
    bonusMalusAt: 'De instapgraad 14: u betaalt de basispremie (100 %).',
    bonusMalusAbove: 'Boven de instapgraad 14: u betaalt meer dan de basispremie.',
    bonusMalusHint:
      'De schaal loopt van 0 (beste) tot 22 (slechtste). Elk schadevrij jaar daalt de graad met 1; elk schadegeval waarbij de bestuurder in fout was, doet hem met 5 stijgen.',
    guarantees: 'Waarborgen',
    guaranteesHint: 'Een samenvatting in eenvoudige woorden: de voorwaarden van uw polis blijven de referentie.',
    guaranteeCode: 'Waarborgcode',
    insuredAmount: 'Maximale vergoeding per schadegeval',
    noInsuredAmount:
      'Geen bedrag vastgelegd in het contract (onbeperkt, of bepaald door de wet of de algemene voorwaarden)',
    deductible: 'Vrijstelling',
    noDeductible: 'Geen vrijstelling',
    percentageOfValue: '{percentage} van de verzekerde waarde',
    covered: 'Wat is gedekt',
    notCovered: 'Wat is niet gedekt',
    seePolicy: 'Zie de voorwaarden van uw polis.',
  },
  fr: {
    endDate: 'Date de fin',
    noEndDate: 'Aucune : le contrat est reconduit chaque année',
    renewalDate: 'Échéance annuelle',
    renewalDateHint:
      'Le contrat est reconduit chaque année à cette date, à laquelle la prime est due. Pour le résilier, donnez votre préavis au moins trois mois avant cette date.',
    frequency: 'Périodicité',
    annualPremium: 'Prime annuelle',
    insuredObject: 'Ce qui est assuré',
    vehicle: 'Véhicule',
    makeAndModel: 'Marque et modèle',
    licensePlate: "Plaque d'immatriculation",
    vin: 'Numéro de châssis (VIN)',
    firstRegistration: 'Première immatriculation',
    use: 'Usage',
    address: 'Adresse du bâtiment assuré',
    buildingType: 'Type de bâtiment',
    occupancy: 'Propriétaire ou locataire',
    insuredPart: 'Assuré',
    householdIntro: 'Ce contrat assure des personnes de votre ménage plutôt que des biens.',
    numberOfPersons: 'Personnes assurées',
    bonusMalus: 'Bonus-malus',
    bonusMalusDegree: 'Degré',
    bonusMalusBelow: "Sous le degré d'entrée 14 : vous payez moins que la prime de base.",
    bonusMalusAt: "Le degré d'entrée 14 : vous payez la prime de base (100 %).",
    bonusMalusAbove: "Au-dessus du degré d'entrée 14 : vous payez plus que la prime de base.",
    bonusMalusHint:
      "L'échelle va de 0 (le meilleur) à 22 (le moins bon). Chaque année sans sinistre fait baisser le degré de 1 ; chaque sinistre dans lequel le conducteur était en tort le fait monter de 5.",
    guarantees: 'Garanties',
    guaranteesHint: 'Un résumé en termes simples : les conditions de votre police font foi.',
    guaranteeCode: 'Code de garantie',
    insuredAmount: 'Indemnité maximale par sinistre',
    noInsuredAmount: 'Aucun montant fixé dans le contrat (illimité, ou fixé par la loi ou les conditions générales)',
    deductible: 'Franchise',
    noDeductible: 'Pas de franchise',
    percentageOfValue: '{percentage} de la valeur assurée',
    covered: 'Ce qui est couvert',
    notCovered: "Ce qui n'est pas couvert",
    seePolicy: 'Voir les conditions de votre police.',
  },
});

/** "I can't find my contract" (docs/requirements.md §2.6). */
export const contractsNotShown = catalogue({
  en: {
    intro: 'Some of your contracts exist but are not shown in the customer zone (yet). Here is which ones and why.',
    none: 'All your contracts are shown in the customer zone.',
    notYours:
      'Contracts on which you are only a beneficiary or a named driver are not yours, and are not shown here or in the overview.',
    domain: 'Kind of insurance',
    reason: 'Why it is not shown',
    explanation: 'Explanation',
    expectedAvailability: 'Expected in the customer zone',
    unknownAvailability: 'Not known yet',
    whatToDo: 'What can you do?',
    askBroker:
      'Your broker remains your first contact for questions about your contracts, and can get you the documents you do not find here.',
    yourBrokers: 'Your broker',
    phone: 'Phone',
    email: 'Email',
    contactCentre: 'No broker, or cannot reach yours? Our contact centre will help you.',
    helpLink: 'Contact & help',
  },
  nl: {
    intro:
      'Sommige van uw contracten bestaan wel, maar worden (nog) niet getoond in de klantenzone. Hieronder ziet u welke en waarom.',
    none: 'Al uw contracten worden getoond in de klantenzone.',
    notYours:
      'Contracten waarop u alleen begunstigde of aangeduide bestuurder bent, zijn niet de uwe en worden hier en in het overzicht niet getoond.',
    domain: 'Soort verzekering',
    reason: 'Waarom niet getoond',
    explanation: 'Uitleg',
    expectedAvailability: 'Verwacht in de klantenzone',
    unknownAvailability: 'Nog niet bekend',
    whatToDo: 'Wat kunt u doen?',
    askBroker:
      'Uw makelaar blijft uw eerste aanspreekpunt voor vragen over uw contracten en bezorgt u de documenten die u hier niet vindt.',
    yourBrokers: 'Uw makelaar',
    phone: 'Telefoon',
    email: 'E-mail',
    contactCentre: 'Hebt u geen makelaar of kunt u hem niet bereiken? Ons contactcenter helpt u verder.',
    helpLink: 'Contact & hulp',
  },
  fr: {
    intro:
      "Certains de vos contrats existent mais ne sont pas (encore) affichés dans l'espace client. Voici lesquels et pourquoi.",
    none: "Tous vos contrats sont affichés dans l'espace client.",
    notYours:
      "Les contrats dont vous êtes seulement bénéficiaire ou conducteur désigné ne sont pas les vôtres : ils ne sont affichés ni ici ni dans l'aperçu.",
    domain: "Type d'assurance",
    reason: "Pourquoi il n'est pas affiché",
    explanation: 'Explication',
    expectedAvailability: "Attendu dans l'espace client",
    unknownAvailability: 'Pas encore connu',
    whatToDo: 'Que pouvez-vous faire ?',
    askBroker:
      'Votre courtier reste votre premier interlocuteur pour vos questions sur vos contrats et vous procure les documents que vous ne trouvez pas ici.',
    yourBrokers: 'Votre courtier',
    phone: 'Téléphone',
    email: 'E-mail',
    contactCentre: 'Vous n’avez pas de courtier ou ne pouvez pas le joindre ? Notre centre de contact vous aide.',
    helpLink: 'Contact & aide',
  },
});

export const contractStatus = catalogue<ContractStatus>({
  en: { RUNNING: 'In force', TERMINATED: 'Ended', CANCELLED: 'Cancelled', SUSPENDED: 'Suspended' },
  nl: { RUNNING: 'Lopend', TERMINATED: 'Beëindigd', CANCELLED: 'Opgezegd', SUSPENDED: 'Geschorst' },
  fr: { RUNNING: 'En vigueur', TERMINATED: 'Terminé', CANCELLED: 'Résilié', SUSPENDED: 'Suspendu' },
});

/** How often a premium is paid, as a fact ("Payment frequency: Monthly"). */
export const premiumFrequency = catalogue<PremiumFrequency>({
  en: {
    YEARLY: 'Yearly',
    HALF_YEARLY: 'Half-yearly',
    QUARTERLY: 'Quarterly',
    MONTHLY: 'Monthly',
    SINGLE: 'Single premium',
  },
  nl: {
    YEARLY: 'Jaarlijks',
    HALF_YEARLY: 'Halfjaarlijks',
    QUARTERLY: 'Driemaandelijks',
    MONTHLY: 'Maandelijks',
    SINGLE: 'Eenmalige premie',
  },
  fr: {
    YEARLY: 'Annuelle',
    HALF_YEARLY: 'Semestrielle',
    QUARTERLY: 'Trimestrielle',
    MONTHLY: 'Mensuelle',
    SINGLE: 'Prime unique',
  },
});

/** How often a premium is paid, after its amount ("€ 45,00 per maand"). */
export const perFrequency = catalogue<PremiumFrequency>({
  en: { YEARLY: 'a year', HALF_YEARLY: 'every six months', QUARTERLY: 'a quarter', MONTHLY: 'a month', SINGLE: 'once' },
  nl: {
    YEARLY: 'per jaar',
    HALF_YEARLY: 'per halfjaar',
    QUARTERLY: 'per kwartaal',
    MONTHLY: 'per maand',
    SINGLE: 'eenmalig',
  },
  fr: {
    YEARLY: 'par an',
    HALF_YEARLY: 'par semestre',
    QUARTERLY: 'par trimestre',
    MONTHLY: 'par mois',
    SINGLE: 'en une fois',
  },
});

export const lifeProductKind = catalogue<LifeProductKind>({
  en: {
    PENSION: 'Pension',
    SAVINGS: 'Savings',
    INVESTMENT: 'Investment',
    DEATH_COVER: 'Death cover',
    GUARANTEED_INCOME: 'Guaranteed income',
  },
  nl: {
    PENSION: 'Pensioen',
    SAVINGS: 'Sparen',
    INVESTMENT: 'Beleggen',
    DEATH_COVER: 'Overlijdensdekking',
    GUARANTEED_INCOME: 'Gewaarborgd inkomen',
  },
  fr: {
    PENSION: 'Pension',
    SAVINGS: 'Épargne',
    INVESTMENT: 'Placement',
    DEATH_COVER: 'Couverture décès',
    GUARANTEED_INCOME: 'Revenu garanti',
  },
});

export const lifeBranch = catalogue<LifeBranch>({
  en: { BRANCH_21: 'Branch 21', BRANCH_23: 'Branch 23', BRANCH_26: 'Branch 26' },
  nl: { BRANCH_21: 'Tak 21', BRANCH_23: 'Tak 23', BRANCH_26: 'Tak 26' },
  fr: { BRANCH_21: 'Branche 21', BRANCH_23: 'Branche 23', BRANCH_26: 'Branche 26' },
});

/** What a branch means for the customer, beside its name. */
export const lifeBranchHint = catalogue<LifeBranch>({
  en: {
    BRANCH_21: 'Capital and rate guaranteed; profit sharing is not guaranteed.',
    BRANCH_23: 'Unit-linked: the value follows the funds and nothing is guaranteed.',
    BRANCH_26: 'Capitalisation, with no insured person and no beneficiary.',
  },
  nl: {
    BRANCH_21: 'Kapitaal en rentevoet gewaarborgd; de winstdeelname is niet gewaarborgd.',
    BRANCH_23: 'Verbonden aan beleggingsfondsen: de waarde volgt de fondsen en niets is gewaarborgd.',
    BRANCH_26: 'Kapitalisatieverrichting, zonder verzekerde en zonder begunstigde.',
  },
  fr: {
    BRANCH_21: "Capital et taux garantis ; la participation bénéficiaire n'est pas garantie.",
    BRANCH_23: "Liée à des fonds d'investissement : la valeur suit les fonds et rien n'est garanti.",
    BRANCH_26: 'Opération de capitalisation, sans assuré ni bénéficiaire.',
  },
});

export const lifePolicyType = catalogue<LifePolicyType>({
  en: {
    INDIVIDUAL_LIFE: 'Individual life insurance',
    UNIVERSAL_LIFE: 'Universal life',
    UNIT_LINKED: 'Unit-linked insurance',
    INDIVIDUAL_PENSION_COMMITMENT: 'Individual pension commitment (IPT)',
    GUARANTEED_INCOME: 'Guaranteed income',
  },
  nl: {
    INDIVIDUAL_LIFE: 'Individuele levensverzekering',
    UNIVERSAL_LIFE: 'Universal Life',
    UNIT_LINKED: 'Beleggingsverzekering',
    INDIVIDUAL_PENSION_COMMITMENT: 'Individuele pensioentoezegging (IPT)',
    GUARANTEED_INCOME: 'Gewaarborgd inkomen',
  },
  fr: {
    INDIVIDUAL_LIFE: 'Assurance vie individuelle',
    UNIVERSAL_LIFE: 'Universal Life',
    UNIT_LINKED: 'Assurance placement',
    INDIVIDUAL_PENSION_COMMITMENT: 'Engagement individuel de pension (EIP)',
    GUARANTEED_INCOME: 'Revenu garanti',
  },
});

/** Tax regimes, named as Life Connect's labels name them (subgraphs/life/labels.ts). */
export const fiscalRegime = catalogue<FiscalRegime>({
  en: {
    PENSION_SAVINGS: 'Pension savings',
    LONG_TERM_SAVINGS: 'Long-term savings',
    VAPZ: 'VAPZ (supplementary pension for the self-employed)',
    SOCIAL_VAPZ: 'Social VAPZ',
    IPT: 'Individual pension commitment (IPT)',
    POZ: 'Pension agreement for the self-employed (POZ)',
    NONE: 'No tax advantage',
  },
  nl: {
    PENSION_SAVINGS: 'Pensioensparen',
    LONG_TERM_SAVINGS: 'Langetermijnsparen',
    VAPZ: 'VAPZ',
    SOCIAL_VAPZ: 'Sociaal VAPZ',
    IPT: 'Individuele pensioentoezegging (IPT)',
    POZ: 'Pensioenovereenkomst voor zelfstandigen (POZ)',
    NONE: 'Geen fiscaal voordeel',
  },
  fr: {
    PENSION_SAVINGS: 'Épargne-pension',
    LONG_TERM_SAVINGS: 'Épargne à long terme',
    VAPZ: 'PLCI',
    SOCIAL_VAPZ: 'PLCI sociale',
    IPT: 'Engagement individuel de pension (EIP)',
    POZ: 'Convention de pension pour travailleurs indépendants (CPTI)',
    NONE: 'Sans avantage fiscal',
  },
});

export const beneficiaryEvent = catalogue<BeneficiaryEvent>({
  en: { SURVIVAL: 'If the insured is alive at the term', DEATH: 'If the insured dies before the term' },
  nl: {
    SURVIVAL: 'Bij leven van de verzekerde op de einddatum',
    DEATH: 'Bij overlijden van de verzekerde vóór de einddatum',
  },
  fr: { SURVIVAL: "En cas de vie de l'assuré au terme", DEATH: "En cas de décès de l'assuré avant le terme" },
});

export const deductibleKind = catalogue<DeductibleKind>({
  en: { CLASSIC: 'Standard deductible', YOUNG_DRIVER: 'Young-driver deductible', ENGLISH: 'English deductible' },
  nl: {
    CLASSIC: 'Gewone vrijstelling',
    YOUNG_DRIVER: 'Vrijstelling jonge bestuurder',
    ENGLISH: 'Engelse vrijstelling',
  },
  fr: { CLASSIC: 'Franchise classique', YOUNG_DRIVER: 'Franchise jeune conducteur', ENGLISH: 'Franchise anglaise' },
});

/** How each kind of deductible works, for the customer. */
export const deductibleKindHint = catalogue<DeductibleKind>({
  en: {
    CLASSIC: 'You pay this part of every claim yourself.',
    YOUNG_DRIVER:
      'When a driver under 26 causes an accident, the insurer pays the victims and recovers this amount from you.',
    ENGLISH: 'A claim below this amount is not paid; a claim above it is paid in full, without deduction.',
  },
  nl: {
    CLASSIC: 'U betaalt dit deel van elk schadegeval zelf.',
    YOUNG_DRIVER:
      'Veroorzaakt een bestuurder jonger dan 26 jaar een ongeval, dan vergoedt de verzekeraar de slachtoffers en vordert hij dit bedrag van u terug.',
    ENGLISH:
      'Een schade onder dit bedrag wordt niet vergoed; een schade erboven wordt volledig vergoed, zonder aftrek.',
  },
  fr: {
    CLASSIC: 'Vous payez vous-même cette part de chaque sinistre.',
    YOUNG_DRIVER:
      "Si un conducteur de moins de 26 ans cause un accident, l'assureur indemnise les victimes et vous réclame ce montant.",
    ENGLISH:
      "Un sinistre inférieur à ce montant n'est pas indemnisé ; un sinistre supérieur est indemnisé entièrement, sans déduction.",
  },
});

export const vehicleUse = catalogue<VehicleUse>({
  en: {
    PRIVATE_AND_COMMUTING: 'Private use and commuting',
    PROFESSIONAL: 'Professional use',
    MOTORCYCLE: 'Motorcycle, private use and commuting',
  },
  nl: {
    PRIVATE_AND_COMMUTING: 'Privé en woon-werkverkeer',
    PROFESSIONAL: 'Beroepsmatig gebruik',
    MOTORCYCLE: 'Motorfiets, privé en woon-werkverkeer',
  },
  fr: {
    PRIVATE_AND_COMMUTING: 'Privé et trajet domicile-travail',
    PROFESSIONAL: 'Usage professionnel',
    MOTORCYCLE: 'Moto, usage privé et trajet domicile-travail',
  },
});

export const occupancy = catalogue<Occupancy>({
  en: { OWNER: 'Owner', TENANT: 'Tenant' },
  nl: { OWNER: 'Eigenaar', TENANT: 'Huurder' },
  fr: { OWNER: 'Propriétaire', TENANT: 'Locataire' },
});

export const buildingType = catalogue<BuildingType>({
  en: { HOUSE: 'House', FLAT: 'Flat' },
  nl: { HOUSE: 'Huis', FLAT: 'Appartement' },
  fr: { HOUSE: 'Maison', FLAT: 'Appartement' },
});

export const buildingInsuredPart = catalogue<BuildingInsuredPart>({
  en: { BUILDING: 'The building, with what is fixed to it', CONTENTS: 'Only the contents: furniture and belongings' },
  nl: { BUILDING: 'Het gebouw, met wat eraan vastzit', CONTENTS: 'Alleen de inhoud: meubelen en bezittingen' },
  fr: { BUILDING: 'Le bâtiment, avec ce qui y est fixé', CONTENTS: 'Uniquement le contenu : mobilier et biens' },
});

export const contractDomain = catalogue<ContractDomain>({
  en: { LIFE: 'Life insurance', NON_LIFE: 'Non-life insurance' },
  nl: { LIFE: 'Levensverzekering', NON_LIFE: 'Schadeverzekering' },
  fr: { LIFE: 'Assurance vie', NON_LIFE: 'Assurance non-vie' },
});

export const contractNotShownReason = catalogue<ContractNotShownReason>({
  en: {
    NICHE_PRODUCT: 'A specialised product the customer zone does not show',
    LEGACY_SYSTEM: 'Still managed in our previous system',
    NOT_YET_SUPPORTED: 'A kind of contract the customer zone cannot show yet',
  },
  nl: {
    NICHE_PRODUCT: 'Een specifiek product dat de klantenzone niet toont',
    LEGACY_SYSTEM: 'Nog beheerd in ons vorige systeem',
    NOT_YET_SUPPORTED: 'Een soort contract dat de klantenzone nog niet kan tonen',
  },
  fr: {
    NICHE_PRODUCT: "Un produit spécifique que l'espace client n'affiche pas",
    LEGACY_SYSTEM: 'Encore géré dans notre ancien système',
    NOT_YET_SUPPORTED: "Un type de contrat que l'espace client ne peut pas encore afficher",
  },
});
