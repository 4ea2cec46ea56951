/** Name and place lists for generated people: common Belgian names and real municipalities. */

export const FIRST_NAMES_MALE_NL = [
  'Luc',
  'Jan',
  'Pieter',
  'Koen',
  'Bart',
  'Tom',
  'Wim',
  'Stijn',
  'Jef',
  'Dirk',
  'Lucas',
  'Arne',
  'Noah',
  'Wout',
  'Jens',
  'Thomas',
  'Bram',
  'Kris',
  'Geert',
  'Seppe',
];
export const FIRST_NAMES_FEMALE_NL = [
  'An',
  'Els',
  'Griet',
  'Lies',
  'Sofie',
  'Katrien',
  'Ine',
  'Marie',
  'Lotte',
  'Hanne',
  'Eline',
  'Nathalie',
  'Inge',
  'Veerle',
  'Fien',
  'Julie',
  'Sara',
  'Leen',
  'Evi',
  'Nele',
];
export const FIRST_NAMES_MALE_FR = [
  'Marc',
  'Pierre',
  'Jean',
  'Olivier',
  'Nicolas',
  'François',
  'Julien',
  'Antoine',
  'Philippe',
  'Maxime',
  'Louis',
  'Hugo',
  'Arnaud',
  'Benoît',
  'Cédric',
  'Didier',
  'Étienne',
  'Quentin',
  'Romain',
  'Sébastien',
];
export const FIRST_NAMES_FEMALE_FR = [
  'Sophie',
  'Isabelle',
  'Catherine',
  'Camille',
  'Julie',
  'Aurélie',
  'Céline',
  'Chloé',
  'Émilie',
  'Hélène',
  'Laura',
  'Manon',
  'Mathilde',
  'Nathalie',
  'Pauline',
  'Sandrine',
  'Valérie',
  'Virginie',
  'Léa',
  'Amélie',
];
export const FIRST_NAMES_MALE_DE = ['Jürgen', 'Lukas', 'Stefan', 'Andreas', 'Jonas'];
export const FIRST_NAMES_FEMALE_DE = ['Anja', 'Birgit', 'Katharina', 'Lena', 'Monika'];

export const LAST_NAMES_NL = [
  'Peeters',
  'Janssens',
  'Maes',
  'Jacobs',
  'Mertens',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'De Smet',
  'Vermeulen',
  'Van den Broeck',
  'Pauwels',
  'Hermans',
  'Aerts',
  'Michiels',
  'Van Damme',
  'Verstraete',
  'De Clercq',
  'Claeys',
  'Wuyts',
  'Coppens',
  'Desmet',
  'Smets',
  'Bogaert',
];
export const LAST_NAMES_FR = [
  'Dubois',
  'Lambert',
  'Dupont',
  'Martin',
  'Simon',
  'Laurent',
  'Leclercq',
  'Lejeune',
  'Renard',
  'Dumont',
  'Lemaire',
  'Collard',
  'François',
  'Denis',
  'Mathieu',
  'Fontaine',
  'Gérard',
  'Hubert',
  'Masson',
  'Thiry',
];
export const LAST_NAMES_DE = ['Schmitz', 'Müller', 'Hoffmann', 'Kohnen', 'Heinen'];

export interface Municipality {
  postalCode: string;
  name: string;
  streets: readonly string[];
}

export const MUNICIPALITIES_NL: readonly Municipality[] = [
  { postalCode: '2000', name: 'Antwerpen', streets: ['Meir', 'Lange Nieuwstraat', 'Kammenstraat', 'Mechelsesteenweg'] },
  {
    postalCode: '9000',
    name: 'Gent',
    streets: ['Veldstraat', 'Kortrijksesteenweg', 'Coupure Links', 'Sint-Pietersnieuwstraat'],
  },
  { postalCode: '3000', name: 'Leuven', streets: ['Bondgenotenlaan', 'Naamsestraat', 'Tiensestraat', 'Diestsestraat'] },
  { postalCode: '8000', name: 'Brugge', streets: ['Steenstraat', 'Langestraat', 'Gistelse Steenweg', 'Vlamingstraat'] },
  { postalCode: '2800', name: 'Mechelen', streets: ['Bruul', 'Grote Markt', 'Leuvensesteenweg', 'Nekkerspoel'] },
  {
    postalCode: '3500',
    name: 'Hasselt',
    streets: ['Demerstraat', 'Kuringersteenweg', 'Koningin Astridlaan', 'Maastrichterstraat'],
  },
  {
    postalCode: '8500',
    name: 'Kortrijk',
    streets: ['Doorniksestraat', 'Lange Steenstraat', 'Gentsesteenweg', 'Pres. Kennedypark'],
  },
  { postalCode: '9300', name: 'Aalst', streets: ['Kattestraat', 'Brusselsesteenweg', 'Gentsesteenweg', 'Nieuwstraat'] },
];

export const MUNICIPALITIES_FR: readonly Municipality[] = [
  {
    postalCode: '4000',
    name: 'Liège',
    streets: ['Rue Saint-Gilles', 'Boulevard d’Avroy', 'Rue Féronstrée', 'Quai de Rome'],
  },
  {
    postalCode: '5000',
    name: 'Namur',
    streets: ['Rue de Fer', 'Avenue de la Gare', 'Chaussée de Louvain', 'Rue de l’Ange'],
  },
  {
    postalCode: '6000',
    name: 'Charleroi',
    streets: ['Boulevard Tirou', 'Rue de la Montagne', 'Chaussée de Bruxelles', 'Rue du Collège'],
  },
  { postalCode: '7000', name: 'Mons', streets: ['Rue de Nimy', 'Grand-Rue', 'Avenue Frère-Orban', 'Rue d’Havré'] },
  {
    postalCode: '1300',
    name: 'Wavre',
    streets: ['Rue du Commerce', 'Chaussée de Louvain', 'Avenue des Déportés', 'Place Bosch'],
  },
  {
    postalCode: '1050',
    name: 'Ixelles',
    streets: ['Chaussée d’Ixelles', 'Avenue Louise', 'Rue du Bailli', 'Place Flagey'],
  },
];

export const MUNICIPALITIES_DE: readonly Municipality[] = [
  { postalCode: '4700', name: 'Eupen', streets: ['Aachener Straße', 'Klötzerbahn', 'Bergstraße', 'Hookstraße'] },
  {
    postalCode: '4780',
    name: 'Sankt Vith',
    streets: ['Hauptstraße', 'Malmedyer Straße', 'Klosterstraße', 'Luxemburger Straße'],
  },
];

export const VEHICLES = [
  { make: 'Volkswagen', model: 'Golf', vinPrefix: 'WVWZZZ1K' },
  { make: 'Peugeot', model: '308', vinPrefix: 'VF3LBHNS' },
  { make: 'Renault', model: 'Clio', vinPrefix: 'VF1RJA00' },
  { make: 'Toyota', model: 'Yaris', vinPrefix: 'VNKKG3D3' },
  { make: 'BMW', model: '320d', vinPrefix: 'WBA8E110' },
  { make: 'Škoda', model: 'Octavia', vinPrefix: 'TMBJJ7NE' },
  { make: 'Tesla', model: 'Model 3', vinPrefix: '5YJ3E7EB' },
  { make: 'Volvo', model: 'XC40', vinPrefix: 'YV1XZ78V' },
] as const;

export const MOTORCYCLES = [
  { make: 'Yamaha', model: 'MT-07', vinPrefix: 'JYARM321' },
  { make: 'BMW', model: 'R 1250 GS', vinPrefix: 'WB10J120' },
  { make: 'Honda', model: 'CB500F', vinPrefix: 'JH2PC450' },
] as const;

export const FUNDS = [
  { code: 'VIV-EQ-WORLD', name: 'World Equity Fund' },
  { code: 'VIV-EQ-EURO', name: 'Euro Equity Fund' },
  { code: 'VIV-BD-EURO', name: 'Euro Bond Fund' },
  { code: 'VIV-MIX-DEF', name: 'Defensive Mix Fund' },
  { code: 'VIV-MIX-DYN', name: 'Dynamic Mix Fund' },
  { code: 'VIV-SUST', name: 'Sustainable Future Fund' },
] as const;
