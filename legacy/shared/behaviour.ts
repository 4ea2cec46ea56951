import { z } from 'zod';

/** "HH:MM-HH:MM" in UTC; the end may be earlier than the start (the window crosses midnight). */
export const MAINTENANCE_WINDOW_PATTERN = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;

/**
 * How a legacy backend misbehaves, set from the environment at start and changed at run time
 * through its admin endpoint. Rates are probabilities per call (0 … 1).
 */
const behaviourObject = z
  .object({
    latencyMs: z.number().int().min(0).max(60_000),
    jitterMs: z.number().int().min(0).max(60_000),
    errorRate: z.number().min(0).max(1),
    hangRate: z.number().min(0).max(1),
    malformedRate: z.number().min(0).max(1),
    /** Forced maintenance: every business call answers 503. */
    maintenance: z.boolean(),
    /** A daily window in UTC, "HH:MM-HH:MM" (may cross midnight), during which calls answer 503. */
    maintenanceWindow: z.string().regex(MAINTENANCE_WINDOW_PATTERN, 'must look like 01:00-03:30').nullable(),
  })
  .strict();

/** A whole behaviour: the fault rates are shares of one roll, so together they cannot exceed 1. */
export const behaviourSchema = behaviourObject.refine((b) => b.errorRate + b.hangRate + b.malformedRate <= 1, {
  message: 'errorRate + hangRate + malformedRate must not exceed 1',
  path: ['errorRate'],
});

/** What `PUT /admin/behaviour` accepts: any subset of the fields, checked again once merged. */
export const behaviourPatchSchema = behaviourObject.partial();

export type Behaviour = z.infer<typeof behaviourSchema>;

export const CALM: Behaviour = {
  latencyMs: 0,
  jitterMs: 0,
  errorRate: 0,
  hangRate: 0,
  malformedRate: 0,
  maintenance: false,
  maintenanceWindow: null,
};

const MINUTES_PER_DAY = 24 * 60;

function minutesOf(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

function windowBounds(window: string): { from: number; to: number } {
  const [start = '', end = ''] = window.split('-');
  return { from: minutesOf(start), to: minutesOf(end) };
}

function inWindow(window: string, now: Date): boolean {
  const { from, to } = windowBounds(window);
  const current = now.getUTCHours() * 60 + now.getUTCMinutes();
  return from <= to ? current >= from && current < to : current >= from || current < to;
}

export function inMaintenance(behaviour: Behaviour, now: Date): boolean {
  if (behaviour.maintenance) return true;
  return behaviour.maintenanceWindow !== null && inWindow(behaviour.maintenanceWindow, now);
}

/**
 * Seconds until the maintenance window closes (the backend's Retry-After), or null when the
 * maintenance is forced and has no known end.
 */
export function secondsUntilMaintenanceEnds(behaviour: Behaviour, now: Date): number | null {
  if (behaviour.maintenance || behaviour.maintenanceWindow === null) return null;
  const { to } = windowBounds(behaviour.maintenanceWindow);
  const secondOfDay = now.getUTCHours() * 3600 + now.getUTCMinutes() * 60 + now.getUTCSeconds();
  const remaining = (to * 60 - secondOfDay + MINUTES_PER_DAY * 60) % (MINUTES_PER_DAY * 60);
  return Math.max(1, remaining);
}

export type Fault = 'maintenance' | 'error' | 'hang' | 'malformed';

/** Draws what happens to one call: a fault, or null for a normal answer. */
export function drawFault(behaviour: Behaviour, now: Date, random: () => number = Math.random): Fault | null {
  if (inMaintenance(behaviour, now)) return 'maintenance';
  const roll = random();
  if (roll < behaviour.errorRate) return 'error';
  if (roll < behaviour.errorRate + behaviour.hangRate) return 'hang';
  if (roll < behaviour.errorRate + behaviour.hangRate + behaviour.malformedRate) return 'malformed';
  return null;
}

/** The configured latency, spread uniformly by ± the jitter, never negative. */
export function drawLatency(behaviour: Behaviour, random: () => number = Math.random): number {
  return Math.max(0, Math.round(behaviour.latencyMs + (random() * 2 - 1) * behaviour.jitterMs));
}
