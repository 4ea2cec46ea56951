import type { Language } from '../../platform/request';
import type { NonLifeProductKind } from './generated/resolvers';

const KIND_LABELS: Record<NonLifeProductKind, Record<Language, string>> = {
  MOTOR: { nl: 'Autoverzekering', fr: 'Assurance auto', en: 'Car insurance' },
  MOTORCYCLE: { nl: 'Motorverzekering', fr: 'Assurance moto', en: 'Motorcycle insurance' },
  FIRE: { nl: 'Woningverzekering', fr: 'Assurance habitation', en: 'Home insurance' },
  FAMILY_LIABILITY: {
    nl: 'Familiale verzekering (BA gezin)',
    fr: 'Assurance RC familiale',
    en: 'Family liability insurance',
  },
  PRIVATE_LIFE_ACCIDENT: {
    nl: 'Ongevallen privéleven',
    fr: 'Accidents vie privée',
    en: 'Private-life accident insurance',
  },
  LEGAL_ASSISTANCE: { nl: 'Rechtsbijstand', fr: 'Protection juridique', en: 'Legal assistance' },
};

export function kindLabel(kind: NonLifeProductKind, language: Language): string {
  return KIND_LABELS[kind][language];
}
