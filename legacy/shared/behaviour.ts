import { z } from 'zod';

/**
 * How a legacy backend misbehaves, set from the environment at start and changed at run time
 * through its admin endpoint. Rates are probabilities per call (0 … 1).
 */
export const behaviourSchema = z
  .object({
    latencyMs: z.number().int().min(0).max(60_000),
    jitterMs: z.number().int().min(0).max(60_000),
    errorRate: z.number().min(0).max(1),
    hangRate: z.number().min(0).max(1),
    malformedRate: z.number().min(0).max(1),
    /** Forced maintenance: every business call answers 503. */
    maintenance: z.boolean(),
    /** A daily window in UTC, "HH:MM-HH:MM" (may cross midnight), during which calls answer 503. */
    maintenanceWindow: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'must look like 01:00-03:30')
      .nullable(),
  })
  .strict();

export type Behaviour = z.infer<typeof behaviourSchema>;

export const CALM: Behaviour = { latencyMs: 0, jitterMs: 0, errorRate: 0, hangRate: 0, malformedRate: 0, maintenance: false, maintenanceWindow: null };

function minutesOf(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export function inMaintenance(behaviour: Behaviour, now: Date): boolean {
  if (behaviour.maintenance) return true;
  if (!behaviour.maintenanceWindow) return false;
  const [start = '', end = ''] = behaviour.maintenanceWindow.split('-');
  const current = now.getUTCHours() * 60 + now.getUTCMinutes();
  const from = minutesOf(start);
  const to = minutesOf(end);
  return from <= to ? current >= from && current < to : current >= from || current < to;
}

export type Fault = 'maintenance' | 'error' | 'hang' | 'malformed' | 'none';

/** Draws what happens to one call. */
export function drawFault(behaviour: Behaviour, now: Date, random: () => number = Math.random): Fault {
  if (inMaintenance(behaviour, now)) return 'maintenance';
  const roll = random();
  if (roll < behaviour.errorRate) return 'error';
  if (roll < behaviour.errorRate + behaviour.hangRate) return 'hang';
  if (roll < behaviour.errorRate + behaviour.hangRate + behaviour.malformedRate) return 'malformed';
  return 'none';
}

export function drawLatency(behaviour: Behaviour, random: () => number = Math.random): number {
  return Math.max(0, Math.round(behaviour.latencyMs + (random() * 2 - 1) * behaviour.jitterMs));
}
