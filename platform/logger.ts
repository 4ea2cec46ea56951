import { format } from 'node:util';
import pino, { type Logger, type LevelWithSilent } from 'pino';
import { redactForLog, scrubText } from './redaction';
import { currentTraceId } from './tracing';

export type { Logger };

export interface LoggerOptions {
  component: string;
  level: LevelWithSilent;
  /** Where lines go; stdout by default. Tests pass a stream to capture them. */
  destination?: pino.DestinationStream;
}

/**
 * Pino would interpolate `%s`/`%o` arguments and take an error's message as the line's message
 * after our formatters ran, so the message is built and scrubbed here, before pino sees it.
 */
function redactArguments(args: unknown[]): [object, string] | [string] | [object] {
  const [first, ...rest] = args;
  let fields: object | undefined;
  let messageArgs: unknown[];
  if (first instanceof Error) {
    fields = { err: first };
    messageArgs = rest;
  } else if (typeof first === 'object' && first !== null) {
    fields = first;
    messageArgs = rest;
  } else {
    messageArgs = args;
  }
  let message: string | undefined;
  if (typeof messageArgs[0] === 'string') {
    message = scrubText(format(messageArgs[0], ...messageArgs.slice(1).map((arg) => redactForLog(arg))));
  } else if (first instanceof Error) {
    message = scrubText(first.message);
  }
  if (fields && message !== undefined) return [fields, message];
  if (fields) return [fields];
  return [message ?? ''];
}

/**
 * JSON lines, one object per event, with personal data removed before serialisation: fields
 * (also a child logger's bindings) by name and pattern, messages by pattern after interpolation.
 * Pretty printing is the start script's job (it pipes children through pino-pretty in development),
 * so every process writes the same machine-readable format.
 */
export function createLogger({ component, level, destination }: LoggerOptions): Logger {
  const logger = pino(
    {
      level,
      base: { component },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        bindings: (bindings) => redactForLog(bindings) as Record<string, unknown>,
        log: (object) => redactForLog(object) as Record<string, unknown>,
      },
      // redactForLog already turned errors into plain objects; pino's own error serializer would
      // only rename their type to "Object".
      serializers: { err: (value: unknown) => value },
      // Every line written within a traced request names its trace (docs/operations.md#traces).
      mixin: () => {
        const traceId = currentTraceId();
        return traceId ? { traceId } : {};
      },
      hooks: {
        logMethod(args, method) {
          method.apply(this, redactArguments(args) as Parameters<typeof method>);
        },
      },
    },
    destination ?? pino.destination({ sync: false }),
  );
  // Children skip formatters.bindings, so their bindings are redacted here; children are
  // created from their parent's prototype, so every descendant inherits this.
  const child = logger.child;
  logger.child = function redactedChild(this: Logger, bindings, options) {
    return child.call(this, redactForLog(bindings) as typeof bindings, options);
  } as typeof logger.child;
  return logger;
}

const LEVEL_METHODS: ReadonlySet<string> = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace']);
const skip = (): void => undefined;

/**
 * A request's logger: the child carrying the request's bindings is made when a line is first
 * written at an enabled level, not for every request. At the production level most requests write
 * nothing, and making a pino child redacts and serialises its bindings each time.
 */
export function requestLogger(parent: Logger, bindings: pino.Bindings): Logger {
  let child: Logger | undefined;
  const made = (): Logger => (child ??= parent.child(bindings));
  return new Proxy(parent, {
    get(target, property) {
      if (typeof property === 'string' && LEVEL_METHODS.has(property) && !target.isLevelEnabled(property)) return skip;
      const logger = made();
      const value: unknown = Reflect.get(logger, property, logger);
      return typeof value === 'function' ? value.bind(logger) : value;
    },
  });
}
