import { canSeeContract } from '../../platform/auth/access';
import type { Viewer } from '../../platform/auth/viewer';
import type { NonLifeContract, NonLifeContractRecord } from './model';

/**
 * The non-life subgraph's authorization rules, on top of platform/auth/access.ts, decided from
 * the token and each record's own ownership fields on every read, cached or not.
 */

/** A contract opened by id (root field or `_entities`): only a shown contract the viewer may see. */
export function canOpenContract(viewer: Viewer, record: NonLifeContractRecord | null): record is NonLifeContract {
  return record !== null && record.shown && canSeeContract(viewer, record);
}
