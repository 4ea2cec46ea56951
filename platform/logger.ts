import pino, { type Logger, type LevelWithSilent } from 'pino';
import { redactForLog, scrubText } from './redaction';

export type { Logger };

export interface LoggerOptions {
  component: string;
  level: LevelWithSilent;
  /** Where lines go; stdout by default. Tests pass a stream to capture them. */
  destination?: pino.DestinationStream;
}

/**
 * JSON lines, one object per event, with personal data removed before serialisation.
 * Pretty printing is the start script's job (it pipes children through pino-pretty in development),
 * so every process writes the same machine-readable format.
 */
export function createLogger({ component, level, destination }: LoggerOptions): Logger {
  return pino(
    {
      level,
      base: { component },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => redactForLog(object) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)) as Parameters<typeof method>;
          method.apply(this, scrubbed);
        },
      },
    },
    destination ?? pino.destination({ sync: false }),
  );
}
