import type DataLoader from 'dataloader';
import type { RequestBase } from '../../platform/graphql/subgraphServer';
import type { DocumentOffer } from './availability';
import type { DownloadLinks } from './links/DownloadLinks';
import type { DocumentLoaders } from './loaders';
import type { DocumentRequest, PaperDeliveryRequest } from './model';
import type { DocumentRequestStore } from './store/DocumentRequestStore';
import type { SupportOpenings } from './store/SupportOpenings';
import type { PaperRequestStore } from './store/PaperRequestStore';

export interface DocumentsContext extends RequestBase {
  loaders: DocumentLoaders;
  offer: DocumentOffer;
  links: DownloadLinks;
  /** Expiry (unix seconds) of every download link this request makes, so each link and its stated expiry agree. */
  linkExpires: number;
  paperRequests: PaperRequestStore;
  /** Why the contact centre opened customers' documents. */
  supportOpenings: SupportOpenings;
  /** A decision was recorded: relay it to the broker feeds now rather than at the next poll. */
  relayPaperDecisions: () => void;
  /** Each customer's latest paper-delivery request, batched per request. */
  latestPaperRequests: DataLoader<string, PaperDeliveryRequest | null>;
  /** Requests for documents that are not in the zone. */
  documentRequests: DocumentRequestStore;
  /** Each customer's document requests, newest first, batched per request. */
  customerDocumentRequests: DataLoader<string, DocumentRequest[]>;
  /** When each customer consented to digital documents (null: no account), from identity, batched per request. */
  consents: DataLoader<string, string | null>;
}
