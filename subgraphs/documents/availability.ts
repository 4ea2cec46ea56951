import type { Document } from './model';

/** What the insurer offers in the customer zone (docs/requirements.md §3.1, §3.2: life documents now, non-life later). */
export interface DocumentOffer {
  nonLifeDocumentsEnabled: boolean;
}

/** Whether the portal offers this document: always a life one; a non-life one once switched on. */
export const isOffered = (document: Document, offer: DocumentOffer): boolean =>
  document.domain === 'life' || offer.nonLifeDocumentsEnabled;
