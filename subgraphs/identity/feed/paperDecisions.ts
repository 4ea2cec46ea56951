import type { PaperDecision } from '../../../platform/paperDecisionFeed';
import type { CustomerMasterClient } from '../backend/CustomerMasterClient';
import { toPolicyRoles } from '../backend/mapper';
import { officesManaging } from '../offices';
import type { BrokerFeedStore } from '../store/BrokerFeedStore';

export interface PaperDecisionParts {
  master: CustomerMasterClient;
  feeds: BrokerFeedStore;
  /** Something was appended: the offices' webhooks are due now. */
  onFeedAppended: () => void;
}

/**
 * Takes the documents subgraph's paper-delivery decisions into the feeds of the offices managing
 * one of each customer's contracts (asked of the customer master now, as for a contact change),
 * one decision per transaction; one taken before is not appended again. The ids taken.
 */
export async function takePaperDecisions(
  decisions: readonly PaperDecision[],
  { master, feeds, onFeedAppended }: PaperDecisionParts,
  requestId: string,
): Promise<string[]> {
  const taken: string[] = [];
  let appended = false;
  for (const decision of decisions) {
    const policies = await master.partyPolicies(decision.customerId, requestId);
    const offices = policies ? officesManaging(toPolicyRoles(policies)) : [];
    if (
      await feeds.appendOnce({
        sourceEventId: decision.id,
        customerId: decision.customerId,
        offices,
        change: {
          outcome: decision.outcome,
          decidedAt: decision.decidedAt,
          requestedByOffice: decision.requestedByOffice,
        },
      })
    )
      appended = appended || offices.length > 0;
    taken.push(decision.id);
  }
  if (appended) onFeedAppended();
  return taken;
}
