import type { LifeProductCode, NonLifeProductCode } from './catalogue';
import type { Language } from './records';

/** One contract a person holds; the universe derives its number and details. */
export type ContractPlan =
  | {
      kind: 'life';
      product: LifeProductCode;
      insured: 'holder' | 'partner';
      secondBroker?: boolean;
      occupancy?: undefined;
      /** Supplementary guarantees (A574) this contract has; drawn at random when absent. */
      supplementary?: readonly string[];
    }
  | {
      kind: 'nonlife';
      product: NonLifeProductCode;
      insured: 'holder';
      secondBroker?: boolean;
      occupancy?: '01' | '02';
      supplementary?: undefined;
    };

export interface DemoProfile {
  /** What this identity demonstrates (docs/demo-data.md lists these). */
  purpose: string;
  firstName?: string;
  lastName?: string;
  gender?: 'M' | 'F';
  language?: Language;
  email?: string;
  /** A fixed birth date; its register number then uses a counter no generated person has, so it stays unique. */
  birthDate?: string;
  /** This record is a second record of the person at that index (same name, birth date, register number). */
  sameAs?: number;
  contracts: ContractPlan[];
}

const life = (
  product: LifeProductCode,
  insured: 'holder' | 'partner' = 'holder',
  supplementary: readonly string[] = [],
): ContractPlan => ({ kind: 'life', product, insured, supplementary });
const nonLife = (
  product: NonLifeProductCode,
  extra: { secondBroker?: boolean; occupancy?: '01' | '02' } = {},
): ContractPlan => ({ kind: 'nonlife', product, insured: 'holder', ...extra });

/**
 * Fixed identities at the start of the data set, covering every product kind, document type
 * and registration failure (docs/requirements.md §1.3). Households are pairs (0,1), (2,3), … Index 0 is "An Peeters".
 */
export const DEMO_PROFILES: Readonly<Record<number, DemoProfile>> = {
  0: {
    purpose:
      'Customer with life and non-life contracts at two broker offices, every life document type and a contract the portal does not show (hunting liability).',
    firstName: 'An',
    lastName: 'Peeters',
    gender: 'F',
    language: 'nl',
    birthDate: '1978-03-14',
    contracts: [
      life('PS21', 'holder', ['120']),
      life('INV23'),
      life('UL115', 'partner'),
      nonLife('AUTO'),
      nonLife('WONING', { secondBroker: true, occupancy: '01' }),
      nonLife('BAGEZIN'),
      nonLife('RECHTSB'),
      nonLife('JACHT'),
    ],
  },
  1: {
    purpose:
      "An Peeters' partner: insured on her universal-life contract, beneficiary on her pension savings; holds a motorcycle, an accident contract and a legacy motor contract.",
    firstName: 'Luc',
    lastName: 'Peeters',
    gender: 'M',
    language: 'nl',
    birthDate: '1976-11-02',
    contracts: [nonLife('MOTO'), nonLife('ONGEVAL'), nonLife('AUTO_OUD'), life('LTS21')],
  },
  2: {
    purpose:
      'Self-employed customer (French): social VAPZ with guaranteed income, IPT held by her company, capitalisation, standalone death cover and guaranteed income, a bicycle contract.',
    firstName: 'Sophie',
    lastName: 'Dubois',
    gender: 'F',
    language: 'fr',
    birthDate: '1971-06-25',
    contracts: [
      life('VAPZS', 'holder', ['120', '280']),
      life('IPT', 'holder', ['280']),
      life('CAP26'),
      life('DEATH'),
      life('GI'),
      nonLife('AUTO'),
      nonLife('FIETS'),
    ],
  },
  3: {
    purpose: "Sophie Dubois' partner: tenant with a fire contract, VAPZ, family liability, debt-balance cover.",
    firstName: 'Marc',
    lastName: 'Dubois',
    gender: 'M',
    language: 'fr',
    birthDate: '1969-09-09',
    contracts: [nonLife('WONING', { occupancy: '02' }), nonLife('BAGEZIN'), life('VAPZ'), life('DEBT'), life('SAV21')],
  },
  4: {
    purpose: 'Registration fails: this person is in the customer master twice (see the next record).',
    firstName: 'Jan',
    lastName: 'Janssens',
    gender: 'M',
    language: 'nl',
    contracts: [nonLife('AUTO')],
  },
  5: {
    purpose: 'The second record of Jan Janssens (same national register number).',
    firstName: 'Jan',
    lastName: 'Janssens',
    gender: 'M',
    language: 'nl',
    sameAs: 4,
    contracts: [nonLife('BAGEZIN')],
  },
  6: {
    purpose: 'Registration fails: the identity provider reports another birth date than the customer master holds.',
    firstName: 'Els',
    lastName: 'Maes',
    gender: 'F',
    language: 'nl',
    contracts: [life('PS21'), nonLife('WONING')],
  },
  7: {
    purpose: 'Activation code by post that has expired (identity seeds an expired code).',
    firstName: 'Tom',
    lastName: 'Wouters',
    gender: 'M',
    language: 'nl',
    contracts: [nonLife('AUTO'), life('SAV21')],
  },
  8: {
    purpose: 'E-mail already in use: identity seeds an account with this e-mail address for another customer.',
    firstName: 'Lotte',
    lastName: 'Claes',
    gender: 'F',
    language: 'nl',
    contracts: [nonLife('BAGEZIN'), life('PS21')],
  },
  9: {
    purpose: 'German-speaking customer (labels fall back to the default language).',
    firstName: 'Jürgen',
    lastName: 'Schmitz',
    gender: 'M',
    language: 'de',
    contracts: [nonLife('AUTO'), life('LTS21')],
  },
  10: {
    purpose: 'Customer whose only contract is not shown in the portal (pleasure boat).',
    firstName: 'Camille',
    lastName: 'Lambert',
    gender: 'F',
    language: 'fr',
    contracts: [nonLife('BOOT')],
  },
  11: {
    purpose: "Camille Lambert's partner, with many contracts.",
    firstName: 'Hugo',
    lastName: 'Lambert',
    gender: 'M',
    language: 'fr',
    contracts: [
      nonLife('AUTO'),
      nonLife('MOTO'),
      nonLife('WONING'),
      nonLife('RECHTSB'),
      life('INV23'),
      life('PS21'),
      life('LTS21'),
    ],
  },
};
