import { Writable } from 'node:stream';
import { createLogger, requestLogger, type Logger } from '../logger';
import type { LevelWithSilent } from 'pino';

function capture(level: LevelWithSilent = 'trace'): {
  log: Logger;
  lines: () => Array<Record<string, unknown>>;
  raw: () => string;
} {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const log = createLogger({ component: 'test', level, destination });
  const raw = (): string => chunks.join('');
  return {
    log,
    raw,
    lines: () =>
      raw()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

const SECRETS = [
  'an.peeters@klant.example',
  '93051822361',
  'BE68539007547034',
  '+32470123456',
  'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln',
];

describe('createLogger', () => {
  it('takes the message of a logged error, scrubbed', () => {
    const { log, lines, raw } = capture();
    log.error(new Error('duplicate key: Key (email)=(an.peeters@klant.example) already exists.'));
    expect(lines()[0]).toMatchObject({
      level: 'error',
      component: 'test',
      msg: 'duplicate key: Key (email)=([redacted]) already exists.',
      err: { type: 'Error' },
    });
    expect(raw()).not.toContain('an.peeters@klant.example');
  });

  it("redacts a child logger's bindings", () => {
    const { log, lines } = capture();
    log
      .child({ requestId: 'req-00000001', email: 'an.peeters@klant.example', user: { mobile: '+32470123456' } })
      .info('signed in');
    expect(lines()[0]).toMatchObject({
      requestId: 'req-00000001',
      email: '[redacted]',
      user: { mobile: '[redacted]' },
      msg: 'signed in',
    });
  });

  it('scrubs interpolated arguments (%s, %o, %j) as well as the template', () => {
    const { log, raw } = capture();
    log.info('token %s for %s', SECRETS[4], SECRETS[0]);
    log.warn(
      { requestId: 'req-00000002' },
      'person %o at %j',
      { nationalRegisterNumber: SECRETS[1] },
      { iban: SECRETS[2] },
    );
    log.debug(`sms to ${SECRETS[3]}`);
    const output = raw();
    for (const secret of SECRETS) expect(output).not.toContain(secret);
    expect(output).toContain('req-00000002');
  });

  it('redacts errors nested anywhere in the fields, with their causes', () => {
    const { log, raw, lines } = capture();
    const error = new Error('backend rejected', { cause: new Error(`for ${SECRETS[0]}`) });
    log.warn({ failure: { error }, iban: SECRETS[2] }, 'call failed');
    expect(raw()).not.toContain(SECRETS[0]);
    expect(lines()[0]).toMatchObject({
      iban: '[redacted]',
      failure: { error: { message: 'backend rejected', cause: { message: 'for [email]' } } },
    });
  });
});

describe('requestLogger', () => {
  it('writes enabled lines with the request bindings, redacted, and makes no child for a request that writes none', () => {
    const { log, lines } = capture('warn');
    const made: unknown[] = [];
    const child = log.child.bind(log);
    log.child = ((bindings: Record<string, unknown>) => {
      made.push(bindings);
      return child(bindings);
    }) as typeof log.child;

    const quiet = requestLogger(log, { requestId: 'req-1' });
    quiet.info('not written at warn');
    quiet.debug({ detail: 1 }, 'nor this');
    expect(made).toEqual([]);

    const noisy = requestLogger(log, { requestId: 'req-2', email: 'an.peeters@klant.example' });
    noisy.warn({ reason: 'slow' }, 'first');
    noisy.error('second');
    expect(made).toHaveLength(1);
    expect(lines()).toMatchObject([
      { level: 'warn', requestId: 'req-2', email: '[redacted]', reason: 'slow', msg: 'first' },
      { level: 'error', requestId: 'req-2', email: '[redacted]', msg: 'second' },
    ]);
    expect(noisy.isLevelEnabled('info')).toBe(false);
  });
});
