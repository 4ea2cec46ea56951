import { requestActivationLetter } from '../subgraphs/identity/__tests__/identityClient';
import { startSystem, type RunningSystem } from '../test-support/system';

/**
 * Measures what an attacker could time at sign-in: the answer for an unknown e-mail address
 * against the answer for a known address with a wrong password (both must cost one scrypt
 * check), and for comparison the first step of a successful sign-in (password, then SMS sent).
 * Runs the whole system in-process on free ports; needs the test PostgreSQL and Redis.
 *
 *   npx tsx scripts/measureSignInTiming.ts [rounds]
 */
const rounds = Number(process.argv[2] ?? 15);
const PASSWORD = 'correct horse battery staple';

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { __typename } }';

async function timed(
  system: RunningSystem,
  email: string,
  password: string,
): Promise<{ ms: number; typename: string }> {
  const started = performance.now();
  const { body } = await system.query(SIGN_IN, { variables: { input: { email, password } } });
  return {
    ms: performance.now() - started,
    typename: String((body.data?.['signIn'] as { __typename?: string } | undefined)?.__typename),
  };
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `median ${at(0.5).toFixed(0)} ms, p10 ${at(0.1).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms`;
}

async function main(): Promise<void> {
  // Lockouts would end the measurement early: allow more wrong attempts than it makes.
  const system = await startSystem({
    cache: 'memory',
    identitySettings: { maxFailedAttempts: rounds * 4 + 10 },
    gateway: { subgraphTimeoutMs: 30_000 },
  });
  try {
    // The letter goes out after the answer: the helper waits for it.
    const activationCode = await requestActivationLetter(system, 'P00000001', 'L000000010');
    await system.query(
      'mutation ($input: RegisterWithActivationCodeInput!) { registerWithActivationCode(input: $input) { __typename } }',
      {
        variables: {
          input: {
            contractNumber: 'L000000010',
            activationCode,
            email: 'an@example.be',
            password: PASSWORD,
            consentToDigitalDocuments: true,
          },
        },
      },
    );

    const unknown: number[] = [];
    const wrong: number[] = [];
    const right: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const samples = [
        await timed(system, `nobody-${round}@example.be`, 'wrong password here'),
        await timed(system, 'an@example.be', 'wrong password here'),
        await timed(system, 'an@example.be', PASSWORD),
      ];
      if (samples.map((s) => s.typename).join() !== 'InvalidCredentials,InvalidCredentials,OneTimeCodeSent')
        throw new Error(`Unexpected answers: ${samples.map((s) => s.typename).join()}`);
      unknown.push(samples[0]?.ms ?? NaN);
      wrong.push(samples[1]?.ms ?? NaN);
      right.push(samples[2]?.ms ?? NaN);
    }
    process.stdout.write(`${rounds} rounds through the gateway\n`);
    process.stdout.write(`unknown e-mail:              ${summary(unknown)}\n`);
    process.stdout.write(`known e-mail, wrong password: ${summary(wrong)}\n`);
    process.stdout.write(`right password (SMS sent):    ${summary(right)}\n`);
  } finally {
    await system.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
