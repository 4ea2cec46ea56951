import {
  CALM,
  behaviourPatchSchema,
  behaviourSchema,
  drawFault,
  drawLatency,
  inMaintenance,
  secondsUntilMaintenanceEnds,
  type Behaviour,
} from '../behaviour';

const at = (hhmmss: string): Date => new Date(`2026-11-03T${hhmmss}Z`);
const behaving = (patch: Partial<Behaviour>): Behaviour => ({ ...CALM, ...patch });

describe('maintenance window', () => {
  it.each([
    ['01:00-01:30', '00:59:59', false],
    ['01:00-01:30', '01:00:00', true],
    ['01:00-01:30', '01:29:59', true],
    ['01:00-01:30', '01:30:00', false],
    ['23:30-00:30', '23:45:00', true],
    ['23:30-00:30', '00:15:00', true],
    ['23:30-00:30', '00:30:00', false],
    ['23:30-00:30', '12:00:00', false],
  ])('window %s at %s UTC: in maintenance = %s', (window, time, expected) => {
    expect(inMaintenance(behaving({ maintenanceWindow: window }), at(time))).toBe(expected);
  });

  it('is always in maintenance when forced, and never without window or flag', () => {
    expect(inMaintenance(behaving({ maintenance: true }), at('12:00:00'))).toBe(true);
    expect(inMaintenance(CALM, at('01:10:00'))).toBe(false);
  });

  it('tells how long until the window closes (Retry-After), across midnight too', () => {
    expect(secondsUntilMaintenanceEnds(behaving({ maintenanceWindow: '01:00-01:30' }), at('01:10:00'))).toBe(20 * 60);
    expect(secondsUntilMaintenanceEnds(behaving({ maintenanceWindow: '23:30-00:30' }), at('23:45:30'))).toBe(
      44 * 60 + 30,
    );
    expect(secondsUntilMaintenanceEnds(behaving({ maintenance: true }), at('01:10:00'))).toBeNull();
  });
});

describe('faults', () => {
  const rates = behaving({ errorRate: 0.1, hangRate: 0.2, malformedRate: 0.3 });

  it.each([
    [0.05, 'error'],
    [0.15, 'hang'],
    [0.45, 'malformed'],
    [0.65, null],
  ])('a roll of %s gives %s', (roll, fault) => {
    expect(drawFault(rates, at('12:00:00'), () => roll)).toBe(fault);
  });

  it('answers maintenance before any other fault', () => {
    expect(drawFault(behaving({ errorRate: 1, maintenanceWindow: '11:00-13:00' }), at('12:00:00'), () => 0)).toBe(
      'maintenance',
    );
  });

  it('never draws a fault when calm', () => {
    expect(drawFault(CALM, at('12:00:00'), () => 0)).toBeNull();
  });
});

describe('latency', () => {
  it('stays within latency ± jitter and is never negative', () => {
    const b = behaving({ latencyMs: 60, jitterMs: 20 });
    expect(drawLatency(b, () => 0)).toBe(40);
    expect(drawLatency(b, () => 0.5)).toBe(60);
    expect(drawLatency(b, () => 0.999_999)).toBe(80);
    expect(drawLatency(behaving({ latencyMs: 5, jitterMs: 50 }), () => 0)).toBe(0);
  });
});

describe('behaviour validation', () => {
  it('accepts a whole behaviour and refuses rates that add up to more than one roll', () => {
    expect(behaviourSchema.safeParse(behaving({ errorRate: 0.5, hangRate: 0.5 })).success).toBe(true);
    expect(behaviourSchema.safeParse(behaving({ errorRate: 0.5, hangRate: 0.4, malformedRate: 0.2 })).success).toBe(
      false,
    );
  });

  it.each([
    { errorRate: 1.5 },
    { latencyMs: -1 },
    { maintenanceWindow: '25:00-26:00' },
    { maintenanceWindow: '1:00-2:00' },
    { maintenance: 'yes' },
    { surprise: true },
  ])('refuses the patch %j', (patch) => {
    expect(behaviourPatchSchema.safeParse(patch).success).toBe(false);
  });
});
