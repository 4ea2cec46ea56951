import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Logger } from '../logger';
import { errorCodeLabel, operationLabel, type Metrics } from '../metrics';
import type { StaleRecorder } from '../cache/staleness';

interface LoggableContext extends BaseContext {
  requestId: string;
  log: Logger;
}

/** One log line per operation: request id, operation name, duration and outcome (no variables, no data). */
export function requestLogPlugin<TContext extends LoggableContext>(metrics?: Metrics): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ contextValue, operationName, response, errors }) {
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const allErrors = errors ?? body?.errors ?? [];
          const codes = [...new Set(allErrors.map((e) => String(e.extensions?.['code'] ?? 'UNKNOWN')))];
          const outcome = allErrors.length === 0 ? 'ok' : body?.data ? 'partial' : 'error';
          if (metrics) {
            const operation = operationLabel(operationName, metrics.operationNames);
            metrics.graphqlRequests.inc({ operation, outcome });
            metrics.graphqlDuration.observe({ operation, outcome }, durationMs / 1000);
            for (const error of allErrors)
              metrics.graphqlErrors.inc({ code: errorCodeLabel(error.extensions?.['code']) });
          }
          contextValue.log.info(
            {
              requestId: contextValue.requestId,
              operationName: operationName ?? null,
              durationMs: Math.round(durationMs * 10) / 10,
              outcome,
              errorCodes: codes,
            },
            'graphql request',
          );
        },
      };
    },
  };
}

interface StaleAwareContext extends BaseContext {
  stale: StaleRecorder;
}

/**
 * Puts the parts served stale into `extensions.stale`: a subgraph's for the gateway to collect,
 * the gateway's (merged from every subgraph) for the client. With `metrics` (the gateway) each
 * stale part of a response is counted.
 */
export function staleMarkersPlugin<TContext extends StaleAwareContext>(
  metrics?: Metrics,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const markers = contextValue.stale.list();
          for (const marker of markers) metrics?.staleParts.inc({ source: marker.source, type: marker.type });
          if (markers.length === 0 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, stale: markers };
        },
      };
    },
  };
}
