import type { Logger } from '../../../platform/logger';
import type { Language } from '../../../platform/request';

/** What a flow needs of the request it serves. */
export interface FlowCall {
  requestId: string;
  /** For messages to the caller. */
  language: Language;
  log: Logger;
}
