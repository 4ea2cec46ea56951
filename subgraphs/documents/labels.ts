import type { Language } from '../../platform/request';
import type { DocumentType } from './generated/resolvers';

const TYPE_LABELS: Record<DocumentType, Record<Language, string>> = {
  TAX_CERTIFICATE: { nl: 'Fiscaal attest', fr: 'Attestation fiscale', en: 'Tax certificate' },
  ANNUAL_OVERVIEW: { nl: 'Jaaroverzicht', fr: 'Aperçu annuel', en: 'Annual overview' },
  PROOF_OF_PREMIUM_PAYMENT: {
    nl: 'Bewijs van premiebetaling',
    fr: 'Preuve de paiement des primes',
    en: 'Proof of premium payment',
  },
  PROFIT_SHARING_CERTIFICATE: {
    nl: 'Attest winstdeelname',
    fr: 'Attestation de participation bénéficiaire',
    en: 'Profit-sharing certificate',
  },
  POLICY: { nl: 'Polis', fr: 'Police', en: 'Policy' },
  GREEN_CARD: { nl: 'Groene kaart', fr: 'Carte verte', en: 'Green card' },
  CLAIMS_HISTORY_CERTIFICATE: {
    nl: 'Schadeattest',
    fr: 'Attestation de sinistralité',
    en: 'Claims-history certificate',
  },
};

export function documentTitle(type: DocumentType, year: number, language: Language): string {
  return `${TYPE_LABELS[type][language]} ${year}`;
}
