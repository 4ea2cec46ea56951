import type DataLoader from 'dataloader';
import type { RequestBase } from '../../platform/graphql/subgraphServer';
import type { DocumentOffer } from './availability';
import type { DownloadLinks } from './links/DownloadLinks';
import type { DocumentLoaders } from './loaders';
import type { PaperDeliveryRequest } from './model';
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
  /** When each customer consented to digital documents (null: no account), from identity, batched per request. */
  consents: DataLoader<string, string | null>;
}
