import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../auth/viewer';
import { ErrorCode } from '../graphql/errors';
import type { Logger } from '../logger';
import type { AuditAction, AuditEntry, AuditWriter } from './AuditEntry';

export interface RequestAuditOptions {
  writer: AuditWriter;
  viewer: Viewer;
  authorization: string | undefined;
  requestId: string;
  callerRequestId: string | null;
  /** The service recording, also the suffix the gateway gives its operations' names (`Name__service__1`). */
  service: string;
  log: Logger;
}

interface Pending {
  action: AuditAction;
  resource: string;
  customerId: string | null;
}

const MAX_OPERATION_NAME = 200;

/** Refused because the access could not be recorded: the data is withheld, the mutation not run. */
export function auditUnavailable(): GraphQLError {
  return new GraphQLError(
    'This access could not be recorded in the audit trail, so nothing was shown or changed; try again later.',
    {
      extensions: { code: ErrorCode.AUDIT_UNAVAILABLE, retryable: true },
    },
  );
}

/**
 * One request's audit recording. Resolvers call it at the point where access is decided, before
 * they return data or change anything, and await it: when the record cannot be written they get
 * AUDIT_UNAVAILABLE instead (fail closed). Entries of one request are written together (one
 * write per tick, like a DataLoader batch) and each distinct entry once, however many fields ask.
 */
export class RequestAudit {
  private operationName: string | null = null;
  private readonly batches: DataLoader<Pending, void, string>;

  constructor(private readonly options: RequestAuditOptions) {
    this.batches = new DataLoader((pending) => this.flush(pending), {
      cacheKeyFn: (entry) => `${entry.action}\u0000${entry.resource}\u0000${entry.customerId ?? ''}`,
    });
  }

  /** The client's operation name, from the name the gateway gave this service's part of it. */
  nameOperation(name: string | null | undefined): void {
    const own = name?.replace(new RegExp(`__${this.options.service}__\\d+$`), '') ?? null;
    this.operationName = own ? own.slice(0, MAX_OPERATION_NAME) : null;
  }

  /**
   * Before a broker or staff member gets data of these customers. Customers reading their own
   * data are not recorded (nobody else's access to it is at stake), so call it for every read.
   */
  async read(resource: string, customerIds: Iterable<string>): Promise<void> {
    const { role } = this.options.viewer;
    if (role !== 'broker' && role !== 'support') return;
    await Promise.all(
      [...new Set(customerIds)].map((customerId) => this.batches.load({ action: 'READ', resource, customerId })),
    );
  }

  /** Before a mutation runs, whoever asks for it. */
  async mutation(resource: string, customerId: string | null): Promise<void> {
    await this.batches.load({ action: 'MUTATION', resource, customerId });
  }

  private async flush(pending: readonly Pending[]): Promise<Array<void | Error>> {
    const { writer, viewer, authorization, requestId, callerRequestId, service, log } = this.options;
    const entries: AuditEntry[] = pending.map((entry) => ({ id: randomUUID(), ...entry }));
    try {
      await writer.write(
        { viewer, authorization, requestId, callerRequestId, operationName: this.operationName, service },
        entries,
      );
      return pending.map(() => undefined);
    } catch (error) {
      // A writer that refuses the caller (UNAUTHENTICATED) says why; any other failure is the trail's.
      if (error instanceof GraphQLError) return pending.map(() => error);
      log.error({ err: error, service, entries: entries.length }, 'audit records could not be written; access refused');
      const refusal = auditUnavailable();
      return pending.map(() => refusal);
    }
  }
}
