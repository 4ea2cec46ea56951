import type { Language } from '../../platform/request';
import type { GuaranteeKind } from './generated/resolvers';

/** What the portal tells a customer about one guarantee, in one language. */
export interface GuaranteeText {
  label: string;
  covered: readonly string[];
  notCovered: readonly string[];
}

type Texts = Record<Language, GuaranteeText>;

/**
 * Plain-language descriptions of every Telebib2 A574 guarantee V-Connect uses: what it covers
 * and its main exclusions, as the product department words them for the customer zone (the
 * policy's conditions remain the reference). A guarantee code the catalogue does not know maps
 * to OTHER, which points to those conditions. Telebib2 groups 960–966 as legal protection; the
 * split by kind of dispute is V-Connect's own.
 */
export const GUARANTEE_CATALOGUE: Readonly<Record<GuaranteeKind, Texts>> = {
  MOTOR_LIABILITY: {
    nl: {
      label: 'BA motorrijtuigen',
      covered: [
        'Schade die u met het voertuig aan anderen toebrengt: lichamelijke schade zonder beperking, stoffelijke schade tot het wettelijke maximum.',
        'Letsels van zwakke weggebruikers (voetgangers, fietsers, passagiers), ook als de bestuurder niet in fout is.',
      ],
      notCovered: [
        'Schade aan uw eigen voertuig.',
        'Letsels van de bestuurder die het ongeval veroorzaakt.',
        'Bij rijden onder invloed, zonder geldig rijbewijs of bij deelname aan een wedstrijd betaalt de verzekeraar de slachtoffers, maar kan hij het bedrag van u terugvorderen.',
      ],
    },
    fr: {
      label: 'RC automobile',
      covered: [
        'Les dommages causés à autrui avec le véhicule : dommages corporels sans limite, dommages matériels jusqu’au plafond légal.',
        'Les lésions des usagers faibles (piétons, cyclistes, passagers), même si le conducteur n’est pas en faute.',
      ],
      notCovered: [
        'Les dommages à votre propre véhicule.',
        'Les lésions du conducteur responsable de l’accident.',
        'En cas de conduite sous influence, sans permis valable ou lors d’une course, l’assureur indemnise les victimes mais peut vous réclamer le montant.',
      ],
    },
    en: {
      label: 'Motor third-party liability',
      covered: [
        'Damage you cause to others with the vehicle: bodily injury without limit, property damage up to the legal maximum.',
        'Injuries of vulnerable road users (pedestrians, cyclists, passengers), even when the driver is not at fault.',
      ],
      notCovered: [
        'Damage to your own vehicle.',
        'Injuries of the driver who causes the accident.',
        'When driving under the influence, without a valid licence or in a race, the insurer pays the victims but may recover the amount from you.',
      ],
    },
  },
  OCCUPANTS: {
    nl: {
      label: 'Inzittenden',
      covered: [
        'Medische kosten, blijvende invaliditeit en overlijden van de passagiers na een ongeval met het voertuig, wie ook aansprakelijk is.',
      ],
      notCovered: [
        'De bestuurder (zie de waarborg Bestuurder).',
        'Passagiers die tegen betaling worden vervoerd.',
        'Passagiers die niet op een daarvoor bestemde zitplaats zitten.',
      ],
    },
    fr: {
      label: 'Occupants',
      covered: [
        'Les frais médicaux, l’invalidité permanente et le décès des passagers après un accident avec le véhicule, quel que soit le responsable.',
      ],
      notCovered: [
        'Le conducteur (voir la garantie Conducteur).',
        'Les passagers transportés contre rémunération.',
        'Les passagers qui n’occupent pas une place prévue à cet effet.',
      ],
    },
    en: {
      label: 'Occupants',
      covered: [
        'Medical costs, permanent disability and death of the passengers after an accident with the vehicle, whoever is liable.',
      ],
      notCovered: [
        'The driver (see the Driver guarantee).',
        'Passengers carried for payment.',
        'Passengers not seated in a seat meant for them.',
      ],
    },
  },
  DRIVER: {
    nl: {
      label: 'Bestuurder',
      covered: [
        'Uw eigen letsels als bestuurder wanneer u het ongeval zelf veroorzaakt of er geen aansprakelijke derde is: medische kosten, inkomensverlies, blijvende invaliditeit, overlijden.',
      ],
      notCovered: [
        'Ongevallen onder invloed van alcohol of drugs.',
        'Rijden zonder geldig rijbewijs.',
        'Deelname aan wedstrijden of snelheidsritten.',
      ],
    },
    fr: {
      label: 'Conducteur',
      covered: [
        'Vos propres lésions comme conducteur quand vous causez l’accident ou qu’aucun tiers n’est responsable : frais médicaux, perte de revenus, invalidité permanente, décès.',
      ],
      notCovered: [
        'Les accidents sous l’influence d’alcool ou de drogues.',
        'La conduite sans permis valable.',
        'La participation à des courses ou concours de vitesse.',
      ],
    },
    en: {
      label: 'Driver',
      covered: [
        'Your own injuries as the driver when you cause the accident or no third party is liable: medical costs, loss of income, permanent disability, death.',
      ],
      notCovered: [
        'Accidents under the influence of alcohol or drugs.',
        'Driving without a valid licence.',
        'Races and speed trials.',
      ],
    },
  },
  FULL_OMNIUM: {
    nl: {
      label: 'Volledige omnium',
      covered: [
        'Schade aan uw eigen voertuig, ook als u zelf in fout bent: aanrijding, vandalisme.',
        'Brand, diefstal, glasbreuk, natuurkrachten en aanrijding met dieren.',
      ],
      notCovered: [
        'Slijtage, mechanische pannes en gebrekkig onderhoud.',
        'Schade bij rijden onder invloed of zonder geldig rijbewijs.',
        'Banden die alleen beschadigd zijn.',
      ],
    },
    fr: {
      label: 'Omnium complète',
      covered: [
        'Les dégâts à votre propre véhicule, même si vous êtes en faute : collision, vandalisme.',
        'L’incendie, le vol, le bris de vitrage, les forces de la nature et la collision avec des animaux.',
      ],
      notCovered: [
        'L’usure, les pannes mécaniques et le défaut d’entretien.',
        'Les dégâts en cas de conduite sous influence ou sans permis valable.',
        'Les pneus endommagés seuls.',
      ],
    },
    en: {
      label: 'Full comprehensive (full omnium)',
      covered: [
        'Damage to your own vehicle, also when you are at fault: collision, vandalism.',
        'Fire, theft, glass breakage, natural forces and collision with animals.',
      ],
      notCovered: [
        'Wear, mechanical breakdown and poor maintenance.',
        'Damage when driving under the influence or without a valid licence.',
        'Tyres damaged on their own.',
      ],
    },
  },
  MINI_OMNIUM: {
    nl: {
      label: 'Mini-omnium',
      covered: ['Schade aan uw voertuig door brand, diefstal, glasbreuk, natuurkrachten en aanrijding met dieren.'],
      notCovered: [
        'Schade door een aanrijding die u zelf veroorzaakt.',
        'Vandalisme.',
        'Slijtage en mechanische pannes.',
      ],
    },
    fr: {
      label: 'Petite omnium',
      covered: [
        'Les dégâts à votre véhicule causés par l’incendie, le vol, le bris de vitrage, les forces de la nature et la collision avec des animaux.',
      ],
      notCovered: [
        'Les dégâts d’une collision que vous causez.',
        'Le vandalisme.',
        'L’usure et les pannes mécaniques.',
      ],
    },
    en: {
      label: 'Limited comprehensive (mini omnium)',
      covered: ['Damage to your vehicle by fire, theft, glass breakage, natural forces and collision with animals.'],
      notCovered: ['Damage from a collision you cause.', 'Vandalism.', 'Wear and mechanical breakdown.'],
    },
  },
  VEHICLE_FIRE: {
    nl: {
      label: 'Brand voertuig',
      covered: ['Schade aan uw voertuig door brand, ontploffing, kortsluiting en blikseminslag.'],
      notCovered: [
        'Schroeiplekken zonder brand, bijvoorbeeld door een sigaret.',
        'Schade die een brand veroorzaakt door gebrekkig onderhoud.',
      ],
    },
    fr: {
      label: 'Incendie du véhicule',
      covered: ['Les dégâts à votre véhicule causés par l’incendie, l’explosion, le court-circuit et la foudre.'],
      notCovered: ['Les brûlures sans incendie, par exemple de cigarette.', 'Un incendie dû à un défaut d’entretien.'],
    },
    en: {
      label: 'Vehicle fire',
      covered: ['Damage to your vehicle by fire, explosion, short circuit and lightning.'],
      notCovered: ['Scorch marks without a fire, for example from a cigarette.', 'A fire caused by poor maintenance.'],
    },
  },
  VEHICLE_THEFT: {
    nl: {
      label: 'Diefstal voertuig',
      covered: ['Diefstal en poging tot diefstal van uw voertuig, en de schade door inbraak.'],
      notCovered: [
        'Diefstal terwijl de sleutels in of op het voertuig achterbleven.',
        'Diefstal door een gezinslid.',
        'Een voertuig dat niet op slot was.',
      ],
    },
    fr: {
      label: 'Vol du véhicule',
      covered: ['Le vol et la tentative de vol de votre véhicule, et les dégâts d’effraction.'],
      notCovered: [
        'Le vol alors que les clés étaient dans ou sur le véhicule.',
        'Le vol par un membre de la famille.',
        'Un véhicule qui n’était pas verrouillé.',
      ],
    },
    en: {
      label: 'Vehicle theft',
      covered: ['Theft and attempted theft of your vehicle, and the damage of a break-in.'],
      notCovered: [
        'Theft while the keys were left in or on the vehicle.',
        'Theft by a member of the household.',
        'A vehicle that was not locked.',
      ],
    },
  },
  VEHICLE_GLASS: {
    nl: {
      label: 'Glasbreuk voertuig',
      covered: ['Herstelling of vervanging van voorruit, zij- en achterruiten en glazen dak.'],
      notCovered: ['Krassen die het zicht niet belemmeren.', 'Lampen en spiegels.'],
    },
    fr: {
      label: 'Bris de vitrage du véhicule',
      covered: ['La réparation ou le remplacement du pare-brise, des vitres latérales et arrière et du toit vitré.'],
      notCovered: ['Les griffes qui ne gênent pas la visibilité.', 'Les phares et rétroviseurs.'],
    },
    en: {
      label: 'Vehicle glass breakage',
      covered: ['Repair or replacement of the windscreen, side and rear windows and glass roof.'],
      notCovered: ['Scratches that do not hinder the view.', 'Lights and mirrors.'],
    },
  },
  NATURAL_FORCES: {
    nl: {
      label: 'Natuurkrachten',
      covered: [
        'Schade aan uw voertuig door storm, hagel, overstroming, aardverschuiving, aardbeving en blikseminslag.',
      ],
      notCovered: ['Schade door gebrekkig onderhoud.', 'Schade tijdens een wedstrijd.'],
    },
    fr: {
      label: 'Forces de la nature',
      covered: [
        'Les dégâts à votre véhicule causés par la tempête, la grêle, l’inondation, le glissement de terrain, le tremblement de terre et la foudre.',
      ],
      notCovered: ['Les dégâts dus à un défaut d’entretien.', 'Les dégâts lors d’une course.'],
    },
    en: {
      label: 'Natural forces',
      covered: ['Damage to your vehicle by storm, hail, flooding, landslide, earthquake and lightning.'],
      notCovered: ['Damage due to poor maintenance.', 'Damage during a race.'],
    },
  },
  COLLISION_WITH_ANIMALS: {
    nl: {
      label: 'Aanrijding met dieren',
      covered: ['Schade aan uw voertuig door een aanrijding met wild of loslopende dieren.'],
      notCovered: [
        'Schade zonder contact met het dier, bijvoorbeeld door uitwijken.',
        'Een aanrijding met uw eigen dieren.',
      ],
    },
    fr: {
      label: 'Collision avec des animaux',
      covered: ['Les dégâts à votre véhicule causés par une collision avec du gibier ou des animaux errants.'],
      notCovered: [
        'Les dégâts sans contact avec l’animal, par exemple en l’évitant.',
        'Une collision avec vos propres animaux.',
      ],
    },
    en: {
      label: 'Collision with animals',
      covered: ['Damage to your vehicle from a collision with game or stray animals.'],
      notCovered: [
        'Damage without contact with the animal, for example from swerving.',
        'A collision with your own animals.',
      ],
    },
  },
  FIRE: {
    nl: {
      label: 'Brand',
      covered: ['Schade aan het gebouw of de inhoud door brand, ontploffing, blikseminslag, rook en roet.'],
      notCovered: [
        'Schroeiplekken zonder brand.',
        'Schade aan het voorwerp dat de brand zelf veroorzaakte door slijtage.',
      ],
    },
    fr: {
      label: 'Incendie',
      covered: [
        'Les dégâts au bâtiment ou au contenu causés par l’incendie, l’explosion, la foudre, la fumée et la suie.',
      ],
      notCovered: ['Les brûlures sans incendie.', 'Les dégâts à l’objet qui a lui-même causé l’incendie par usure.'],
    },
    en: {
      label: 'Fire',
      covered: ['Damage to the building or contents by fire, explosion, lightning, smoke and soot.'],
      notCovered: ['Scorch marks without a fire.', 'Damage to the item that caused the fire through wear.'],
    },
  },
  STORM_AND_HAIL: {
    nl: {
      label: 'Storm en hagel',
      covered: ['Schade door storm, hagel en sneeuw- of ijsdruk.'],
      notCovered: [
        'Tuin, beplanting en afsluitingen.',
        'Schade door openingen die niet gesloten waren.',
        'Gebouwen in aanbouw die nog niet wind- en waterdicht zijn.',
      ],
    },
    fr: {
      label: 'Tempête et grêle',
      covered: ['Les dégâts causés par la tempête, la grêle et la pression de la neige ou de la glace.'],
      notCovered: [
        'Le jardin, les plantations et les clôtures.',
        'Les dégâts par des ouvertures qui n’étaient pas fermées.',
        'Les bâtiments en construction pas encore clos et couverts.',
      ],
    },
    en: {
      label: 'Storm and hail',
      covered: ['Damage by storm, hail and the weight of snow or ice.'],
      notCovered: [
        'Garden, plants and fences.',
        'Damage through openings that were not closed.',
        'Buildings under construction that are not yet wind- and watertight.',
      ],
    },
  },
  NATURAL_DISASTERS: {
    nl: {
      label: 'Natuurrampen',
      covered: [
        'Schade door overstroming, het overlopen van openbare riolen, aardbeving, aardverschuiving en grondverzakking.',
      ],
      notCovered: [
        'Voorwerpen buiten het gebouw.',
        'Gebouwen gebouwd in een risicozone na de wettelijke classificatie van die zone.',
      ],
    },
    fr: {
      label: 'Catastrophes naturelles',
      covered: [
        'Les dégâts causés par l’inondation, le débordement des égouts publics, le tremblement de terre, le glissement et l’affaissement de terrain.',
      ],
      notCovered: [
        'Les objets à l’extérieur du bâtiment.',
        'Les bâtiments construits dans une zone à risque après le classement légal de cette zone.',
      ],
    },
    en: {
      label: 'Natural disasters',
      covered: ['Damage by flooding, overflowing public sewers, earthquake, landslide and subsidence.'],
      notCovered: [
        'Items outside the building.',
        'Buildings built in a risk zone after that zone was legally classified.',
      ],
    },
  },
  WATER_DAMAGE: {
    nl: {
      label: 'Waterschade',
      covered: [
        'Schade door water uit leidingen, verwarming en toestellen, en door regen die binnendringt via het dak.',
      ],
      notCovered: ['Condensatie en opstijgend vocht.', 'Het verloren water zelf.', 'Lekken door gebrekkig onderhoud.'],
    },
    fr: {
      label: 'Dégâts des eaux',
      covered: [
        'Les dégâts causés par l’eau des conduites, du chauffage et des appareils, et par la pluie qui s’infiltre par la toiture.',
      ],
      notCovered: [
        'La condensation et l’humidité ascensionnelle.',
        'L’eau perdue elle-même.',
        'Les fuites dues à un défaut d’entretien.',
      ],
    },
    en: {
      label: 'Water damage',
      covered: ['Damage by water escaping from pipes, heating and appliances, and by rain coming in through the roof.'],
      notCovered: ['Condensation and rising damp.', 'The lost water itself.', 'Leaks due to poor maintenance.'],
    },
  },
  GLASS_BREAKAGE: {
    nl: {
      label: 'Glasbreuk',
      covered: ['Breuk van ramen, glazen deuren, spiegels die vast zijn aan het gebouw en kookplaten in glaskeramiek.'],
      notCovered: ['Krassen en schilfers.', 'Glas tijdens plaatsing of vervoer.'],
    },
    fr: {
      label: 'Bris de vitrages',
      covered: [
        'Le bris des fenêtres, portes vitrées, miroirs fixés au bâtiment et plaques de cuisson vitrocéramiques.',
      ],
      notCovered: ['Les griffes et écaillures.', 'Le verre en cours de placement ou de transport.'],
    },
    en: {
      label: 'Glass breakage',
      covered: ['Breakage of windows, glass doors, mirrors fixed to the building and glass-ceramic hobs.'],
      notCovered: ['Scratches and chips.', 'Glass being fitted or transported.'],
    },
  },
  THEFT: {
    nl: {
      label: 'Diefstal',
      covered: [
        'Diefstal van de inhoud na inbraak, en de schade aan het gebouw door inbraak of vandalisme van de dieven.',
      ],
      notCovered: [
        'Diefstal zonder sporen van inbraak.',
        'Diefstal door een gezinslid.',
        'Geld en juwelen boven de grenzen in de polis.',
      ],
    },
    fr: {
      label: 'Vol',
      covered: [
        'Le vol du contenu après effraction, et les dégâts au bâtiment causés par l’effraction ou le vandalisme des voleurs.',
      ],
      notCovered: [
        'Le vol sans traces d’effraction.',
        'Le vol par un membre de la famille.',
        'L’argent et les bijoux au-delà des limites de la police.',
      ],
    },
    en: {
      label: 'Theft',
      covered: [
        'Theft of the contents after a break-in, and damage to the building by the break-in or the thieves’ vandalism.',
      ],
      notCovered: [
        'Theft without signs of a break-in.',
        'Theft by a member of the household.',
        'Cash and jewellery beyond the limits of the policy.',
      ],
    },
  },
  FAMILY_LIABILITY: {
    nl: {
      label: 'BA Familiale',
      covered: [
        'Schade die u of een gezinslid in het privéleven aan anderen toebrengt, ook door uw kinderen en huisdieren.',
      ],
      notCovered: [
        'Schade aan uzelf of uw gezinsleden.',
        'Schade met een motorrijtuig (daarvoor is de autoverzekering).',
        'Opzettelijke schade.',
        'Schade bij uw beroepsactiviteit of bij de jacht.',
      ],
    },
    fr: {
      label: 'RC familiale',
      covered: [
        'Les dommages que vous ou un membre de votre famille causez à autrui dans la vie privée, y compris par vos enfants et animaux domestiques.',
      ],
      notCovered: [
        'Les dommages à vous-même ou aux membres de votre famille.',
        'Les dommages causés avec un véhicule automoteur (couverts par l’assurance auto).',
        'Les dommages intentionnels.',
        'Les dommages lors de votre activité professionnelle ou de la chasse.',
      ],
    },
    en: {
      label: 'Family liability',
      covered: [
        'Damage you or a member of your household cause to others in private life, also by your children and pets.',
      ],
      notCovered: [
        'Damage to yourself or members of your household.',
        'Damage with a motor vehicle (that is what motor insurance is for).',
        'Intentional damage.',
        'Damage during your professional activity or while hunting.',
      ],
    },
  },
  PRIVATE_LIFE_ACCIDENT: {
    nl: {
      label: 'Ongevallen privéleven',
      covered: [
        'Medische kosten, tijdelijke en blijvende invaliditeit en overlijden na een ongeval in het privéleven.',
      ],
      notCovered: [
        'Arbeidsongevallen en ongevallen op weg van en naar het werk (daarvoor is de arbeidsongevallenverzekering).',
        'Ziekte.',
        'Gevaarlijke sporten en ongevallen onder invloed van alcohol of drugs.',
      ],
    },
    fr: {
      label: 'Accidents de la vie privée',
      covered: [
        'Les frais médicaux, l’invalidité temporaire et permanente et le décès après un accident de la vie privée.',
      ],
      notCovered: [
        'Les accidents du travail et sur le chemin du travail (couverts par l’assurance accidents du travail).',
        'La maladie.',
        'Les sports dangereux et les accidents sous l’influence d’alcool ou de drogues.',
      ],
    },
    en: {
      label: 'Private-life accident',
      covered: ['Medical costs, temporary and permanent disability and death after an accident in private life.'],
      notCovered: [
        'Accidents at work and on the way to or from work (covered by workers’ compensation insurance).',
        'Illness.',
        'Dangerous sports and accidents under the influence of alcohol or drugs.',
      ],
    },
  },
  LEGAL_CIVIL_RECOVERY: {
    nl: {
      label: 'Burgerlijk verhaal',
      covered: ['Hulp en kosten van advocaat en expert om uw schade terug te vorderen van een aansprakelijke derde.'],
      notCovered: ['Geschillen die ontstonden voor het contract begon.', 'Boetes en minnelijke schikkingen.'],
    },
    fr: {
      label: 'Recours civil',
      covered: ['L’aide et les frais d’avocat et d’expert pour récupérer votre dommage auprès d’un tiers responsable.'],
      notCovered: ['Les litiges nés avant le début du contrat.', 'Les amendes et transactions pénales.'],
    },
    en: {
      label: 'Civil recovery',
      covered: ['Help and the costs of a lawyer and an expert to recover your damage from a liable third party.'],
      notCovered: [
        'Disputes that arose before the contract started.',
        'Fines and settlements with the public prosecutor.',
      ],
    },
  },
  LEGAL_CRIMINAL_DEFENCE: {
    nl: {
      label: 'Strafrechtelijke verdediging',
      covered: [
        'Kosten van uw verdediging wanneer u vervolgd wordt voor een onopzettelijk misdrijf, bijvoorbeeld na een verkeersongeval.',
      ],
      notCovered: ['Opzettelijke misdrijven.', 'De boetes zelf.'],
    },
    fr: {
      label: 'Défense pénale',
      covered: [
        'Les frais de votre défense quand vous êtes poursuivi pour une infraction involontaire, par exemple après un accident de la route.',
      ],
      notCovered: ['Les infractions intentionnelles.', 'Les amendes elles-mêmes.'],
    },
    en: {
      label: 'Criminal defence',
      covered: [
        'The costs of your defence when you are prosecuted for an unintentional offence, for example after a traffic accident.',
      ],
      notCovered: ['Intentional offences.', 'The fines themselves.'],
    },
  },
  LEGAL_THIRD_PARTY_INSOLVENCY: {
    nl: {
      label: 'Insolventie van derden',
      covered: [
        'De verzekeraar betaalt u de schadevergoeding die een aansprakelijke derde u verschuldigd is maar niet kan betalen, tot het bedrag in de polis.',
      ],
      notCovered: ['Derden die niet door een rechter of akkoord aansprakelijk zijn bevonden.'],
    },
    fr: {
      label: 'Insolvabilité des tiers',
      covered: [
        'L’assureur vous paie l’indemnité qu’un tiers responsable vous doit mais ne peut pas payer, jusqu’au montant de la police.',
      ],
      notCovered: ['Les tiers dont la responsabilité n’est pas établie par un juge ou un accord.'],
    },
    en: {
      label: 'Third-party insolvency',
      covered: [
        'The insurer pays you the compensation a liable third party owes you but cannot pay, up to the amount in the policy.',
      ],
      notCovered: ['Third parties whose liability has not been established by a court or an agreement.'],
    },
  },
  LEGAL_CONTRACT_DISPUTES: {
    nl: {
      label: 'Contractuele geschillen',
      covered: [
        'Juridische hulp en kosten bij een geschil over een contract van uw privéleven, bijvoorbeeld met een leverancier of aannemer.',
      ],
      notCovered: [
        'Geschillen binnen de wachttijd na het begin van het contract.',
        'Geschillen onder de interventiedrempel in de polis.',
      ],
    },
    fr: {
      label: 'Litiges contractuels',
      covered: [
        'L’aide juridique et les frais lors d’un litige sur un contrat de votre vie privée, par exemple avec un fournisseur ou un entrepreneur.',
      ],
      notCovered: [
        'Les litiges pendant le délai d’attente après le début du contrat.',
        'Les litiges sous le seuil d’intervention de la police.',
      ],
    },
    en: {
      label: 'Contract disputes',
      covered: [
        'Legal help and costs in a dispute about a contract of your private life, for example with a supplier or a contractor.',
      ],
      notCovered: [
        'Disputes during the waiting period after the contract starts.',
        'Disputes below the threshold in the policy.',
      ],
    },
  },
  LEGAL_TAX: {
    nl: {
      label: 'Fiscaal recht',
      covered: ['Juridische hulp en kosten bij een geschil met de belastingadministratie over uw personenbelasting.'],
      notCovered: [
        'Geschillen binnen de wachttijd na het begin van het contract.',
        'De belasting, boetes en verhogingen zelf.',
      ],
    },
    fr: {
      label: 'Droit fiscal',
      covered: [
        'L’aide juridique et les frais lors d’un litige avec l’administration fiscale sur votre impôt des personnes physiques.',
      ],
      notCovered: [
        'Les litiges pendant le délai d’attente après le début du contrat.',
        'L’impôt, les amendes et accroissements eux-mêmes.',
      ],
    },
    en: {
      label: 'Tax law',
      covered: ['Legal help and costs in a dispute with the tax authorities about your personal income tax.'],
      notCovered: [
        'Disputes during the waiting period after the contract starts.',
        'The tax, fines and surcharges themselves.',
      ],
    },
  },
  LEGAL_EMPLOYMENT: {
    nl: {
      label: 'Arbeids- en sociaal recht',
      covered: ['Juridische hulp en kosten bij een geschil met uw werkgever of een socialezekerheidsinstelling.'],
      notCovered: [
        'Geschillen binnen de wachttijd na het begin van het contract.',
        'Geschillen als zelfstandige over uw onderneming.',
      ],
    },
    fr: {
      label: 'Droit du travail et social',
      covered: [
        'L’aide juridique et les frais lors d’un litige avec votre employeur ou un organisme de sécurité sociale.',
      ],
      notCovered: [
        'Les litiges pendant le délai d’attente après le début du contrat.',
        'Les litiges d’indépendant concernant votre entreprise.',
      ],
    },
    en: {
      label: 'Employment and social-security law',
      covered: ['Legal help and costs in a dispute with your employer or a social-security institution.'],
      notCovered: [
        'Disputes during the waiting period after the contract starts.',
        'Disputes as a self-employed person about your business.',
      ],
    },
  },
  LEGAL_FAMILY_AND_INHERITANCE: {
    nl: {
      label: 'Familie- en erfrecht',
      covered: ['Juridische hulp en kosten bij een geschil over een erfenis of een familierechtelijke kwestie.'],
      notCovered: [
        'Echtscheiding en de gevolgen ervan.',
        'Geschillen binnen de wachttijd na het begin van het contract.',
      ],
    },
    fr: {
      label: 'Droit de la famille et des successions',
      covered: ['L’aide juridique et les frais lors d’un litige sur une succession ou une question de droit familial.'],
      notCovered: ['Le divorce et ses suites.', 'Les litiges pendant le délai d’attente après le début du contrat.'],
    },
    en: {
      label: 'Family and inheritance law',
      covered: ['Legal help and costs in a dispute about an inheritance or a family-law matter.'],
      notCovered: ['Divorce and its consequences.', 'Disputes during the waiting period after the contract starts.'],
    },
  },
  OTHER: {
    nl: {
      label: 'Bijkomende waarborg',
      covered: ['Wat deze waarborg dekt, staat in de bijzondere en algemene voorwaarden van uw polis.'],
      notCovered: ['De uitsluitingen staan in de algemene voorwaarden van uw polis.'],
    },
    fr: {
      label: 'Garantie complémentaire',
      covered: ['Ce que couvre cette garantie figure dans les conditions particulières et générales de votre police.'],
      notCovered: ['Les exclusions figurent dans les conditions générales de votre police.'],
    },
    en: {
      label: 'Additional guarantee',
      covered: ['What this guarantee covers is set out in the special and general conditions of your policy.'],
      notCovered: ['The exclusions are set out in the general conditions of your policy.'],
    },
  },
};

export function guaranteeText(kind: GuaranteeKind, language: Language): GuaranteeText {
  return GUARANTEE_CATALOGUE[kind][language];
}
