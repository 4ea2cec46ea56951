import { z } from 'zod';

/** Raised when the environment does not describe a runnable component; the message names every bad variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Validates environment variables against a schema whose keys are the variable names.
 * Empty strings count as unset, so `FOO=` in a compose file falls back to the default.
 */
export function loadConfig<S extends z.ZodObject>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const variable = String(issue.path[0] ?? '(environment)');
    const given = input[variable];
    const shown = given === undefined ? 'it is not set' : `got ${JSON.stringify(redactConfigValue(variable, given))}`;
    return `  ${variable}: ${issue.message} (${shown})`;
  });
  throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
}

function redactConfigValue(variable: string, value: string): string {
  return /KEY|SECRET|PASSWORD|TOKEN|URL/.test(variable) ? '[hidden]' : value;
}

/** Reusable variable schemas, so every component reads the same variable the same way. */
export const env = {
  port: (fallback: number) =>
    z.coerce
      .number()
      .int('must be a whole number')
      .min(0)
      .max(65535, 'must be a port number (0-65535)')
      .default(fallback),
  host: (fallback: string) => z.string().min(1).default(fallback),
  url: () => z.url('must be a URL (http://host:port)'),
  flag: (fallback: boolean) =>
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
      .transform((v) => v === 'true' || v === '1' || v === 'yes')
      .default(fallback),
  positiveInt: (fallback: number) =>
    z.coerce.number().int('must be a whole number').positive('must be positive').default(fallback),
  nonNegativeInt: (fallback: number) =>
    z.coerce.number().int('must be a whole number').min(0, 'must be 0 or more').default(fallback),
  logLevel: () => z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  nodeEnv: () => z.enum(['development', 'test', 'production']).default('development'),
};

/** Variables every component reads. */
export const commonConfigShape = {
  NODE_ENV: env.nodeEnv(),
  LOG_LEVEL: env.logLevel(),
  /** Loopback by default: only the gateway is meant to be reachable from outside. */
  BIND_HOST: env.host('127.0.0.1'),
};
