/** @heavy waits for revocations to reach every replica */
import { setPasswordHashCost } from '../../subgraphs/identity/credentials/passwords';
import { answer, CONTACT, confirmedChange } from '../../subgraphs/identity/__tests__/contactClient';
import {
  eventually,
  IDENTITY_TEST_GATEWAY,
  TEST_PASSWORD_HASH_COST,
  latestLetterCode,
  letters,
  mutate,
  registerWithLetter,
  signInWithSms,
  type SessionResult,
} from '../../subgraphs/identity/__tests__/identityClient';
import { codes } from '../../test-support/callers';
import { startRedisServer, type RedisServer } from '../../test-support/redisServers';
import { startSystem, type RunningSystem } from '../../test-support/system';

const PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'an entirely new passphrase';
/** While a component cannot reach Redis, a session's token older than this is refused. */
const UNSYNCED_TOKEN_AGE_SECONDS = 5;

type Answer = [status: number, ...codes: unknown[]];
interface Answers {
  gateway: Answer;
  life: Answer;
  identity: Answer;
}

const ACCEPTED: Answers = { gateway: [200], life: [200], identity: [200] };
const REFUSED: Answers = {
  gateway: [401, 'UNAUTHENTICATED'],
  life: [401, 'UNAUTHENTICATED'],
  identity: [401, 'UNAUTHENTICATED'],
};

/**
 * A session that ends (sign-out, a reused refresh token, a password reset) takes its access tokens
 * with it at once: identity before it answers, the gateway and every subgraph (called directly, as
 * a router would) as soon as Redis announces it (milliseconds); they refuse them
 * like expired ones, instead of accepting them for the rest of their 300 s. With Redis down, the
 * bounded fallback of platform/auth/SharedRevocationList.ts.
 */
describe.each([{ production: false }, { production: true }])(
  'access tokens of ended sessions (production: $production)',
  ({ production }) => {
    let redis: RedisServer;
    let system: RunningSystem;

    beforeAll(async () => {
      setPasswordHashCost(TEST_PASSWORD_HASH_COST);
      redis = await startRedisServer();
      system = await startSystem({
        redis: { url: redis.url },
        revocationUnsyncedTokenAgeSeconds: UNSYNCED_TOKEN_AGE_SECONDS,
        gateway: { ...IDENTITY_TEST_GATEWAY, production },
      });
      expect((await registerWithLetter(system, 'P00000001', 'L000000010', 'an@example.be', PASSWORD)).__typename).toBe(
        'Registered',
      );
      const lifeContract = system.universe.heldContractNumbers(1, 'life')[0] ?? '';
      expect((await registerWithLetter(system, 'P00000002', lifeContract, 'luc@example.be', PASSWORD)).__typename).toBe(
        'Registered',
      );
    });
    afterAll(async () => {
      await system?.stop();
      await redis?.remove();
    });

    const signIn = (): Promise<SessionResult> => signInWithSms(system, 'P00000001', 'an@example.be', PASSWORD);

    /** How the gateway (`me`, resolved by identity) and two subgraphs called directly answer a token. */
    async function answers(token: string): Promise<Answers> {
      const answer = async (url?: string, query = '{ __typename }'): Promise<Answer> => {
        const result = await system.query(query, { token, ...(url ? { url } : {}) });
        return [result.status, ...codes(result)];
      };
      return {
        gateway: await answer(undefined, '{ me { id } }'),
        life: await answer(system.subgraphUrls.life),
        identity: await answer(system.subgraphUrls.identity),
      };
    }

    async function refusalMessage(token: string): Promise<string | undefined> {
      return (await system.query('{ me { id } }', { token })).body.errors?.[0]?.message;
    }

    /**
     * Identity, which ended the session, refuses its token before it answers; the gateway and the
     * other subgraphs as soon as Redis's announcement reaches them, which is a matter of
     * milliseconds, but the next request may be quicker on a loaded machine.
     */
    async function expectRefusedEverywhere(token: string): Promise<void> {
      expect((await answers(token)).identity).toEqual([401, 'UNAUTHENTICATED']);
      await eventually(async () => expect(await answers(token)).toEqual(REFUSED));
    }

    it('sign-out: the session’s access token is refused at once by identity, and by the gateway and the subgraphs as soon as Redis announces it', async () => {
      const session = await signIn();
      const other = await signIn();
      expect(await answers(session.accessToken)).toEqual(ACCEPTED);

      expect(await mutate(system, 'signOut', { refreshToken: session.refreshToken })).toEqual({
        __typename: 'SignedOut',
        signedOut: true,
      });

      await expectRefusedEverywhere(session.accessToken);
      expect(await refusalMessage(session.accessToken)).toBe('The access token has been revoked: its session ended.');
      // The account's other session goes on.
      expect(await answers(other.accessToken)).toEqual(ACCEPTED);
    });

    it('refresh-token reuse: every access token of the copied session is refused at once', async () => {
      const session = await signIn();
      const rotated = (await mutate(system, 'refreshSession', { refreshToken: session.refreshToken })) as SessionResult;
      expect(rotated.__typename).toBe('Session');
      expect(await answers(rotated.accessToken)).toEqual(ACCEPTED);

      expect(await mutate(system, 'refreshSession', { refreshToken: session.refreshToken })).toMatchObject({
        __typename: 'RefreshTokenRejected',
        code: 'REFRESH_TOKEN_REUSED',
      });

      await expectRefusedEverywhere(session.accessToken);
      await expectRefusedEverywhere(rotated.accessToken);
    });

    it('refresh-token reuse at the OAuth token endpoint ends the access tokens too', async () => {
      const session = await signIn();
      const grant = (): Promise<Response> =>
        fetch(`${new URL(system.gatewayUrl).origin}/oauth/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: session.refreshToken }).toString(),
        });
      const first = (await (await grant()).json()) as { access_token: string };
      expect(await answers(first.access_token)).toEqual(ACCEPTED);

      expect((await grant()).status).toBe(400);

      await expectRefusedEverywhere(first.access_token);
    });

    it('password reset: the access tokens of every session of the account are refused at once', async () => {
      const sessions = [
        await signInWithSms(system, 'P00000002', 'luc@example.be', PASSWORD),
        await signInWithSms(system, 'P00000002', 'luc@example.be', PASSWORD),
      ];
      const lettersBefore = (await letters(system, 'P00000002')).length;
      expect((await mutate(system, 'requestPasswordReset', { email: 'luc@example.be' })).__typename).toBe(
        'PasswordResetRequested',
      );
      const resetCode = await eventually(async () => {
        expect((await letters(system, 'P00000002')).length).toBe(lettersBefore + 1);
        return latestLetterCode(system, 'P00000002', 'PASSWORD_RESET_CODE');
      });

      expect(
        await mutate(system, 'resetPassword', { email: 'luc@example.be', resetCode, newPassword: NEW_PASSWORD }),
      ).toMatchObject({ __typename: 'PasswordChanged' });

      for (const session of sessions) await expectRefusedEverywhere(session.accessToken);
      const afterwards = await signInWithSms(system, 'P00000002', 'luc@example.be', NEW_PASSWORD);
      expect(await answers(afterwards.accessToken)).toEqual(ACCEPTED);
    });

    it('a change of the sign-in e-mail address: the access tokens of every session are refused at once', async () => {
      const sessions = [
        await signInWithSms(system, 'P00000002', 'luc@example.be', NEW_PASSWORD),
        await signInWithSms(system, 'P00000002', 'luc@example.be', NEW_PASSWORD),
      ];
      const token = sessions[0]?.accessToken ?? '';
      const input = await confirmedChange(system, 'P00000002', { email: 'luc.elsewhere@example.be' }, token);

      expect(await answer(system, CONTACT.change, { input }, token)).toMatchObject({
        __typename: 'ContactDetailsChanged',
        signedOutEverywhere: true,
      });

      for (const session of sessions) await expectRefusedEverywhere(session.accessToken);
    });

    it('Redis down: the ending process refuses at once, the others accept a session’s token only within the bound, and catch up when Redis is back', async () => {
      const before = await signIn();
      await redis.stop();
      try {
        // Out of step with Redis, the gateway and the subgraphs cannot know what they miss: a session
        // token older than the bound is refused as expired (the client refreshes, which identity
        // decides by the session in its database).
        await eventually(async () => expect(await answers(before.accessToken)).toEqual(REFUSED));
        expect(await refusalMessage(before.accessToken)).toBe('The access token has expired.');

        // A session signed out now: identity knows at once, and keeps the revocation to share later.
        const during = await signIn();
        expect(await mutate(system, 'signOut', { refreshToken: during.refreshToken })).toMatchObject({
          signedOut: true,
        });
        expect((await answers(during.accessToken)).identity).toEqual([401, 'UNAUTHENTICATED']);

        await redis.start();
        // Back in step: identity has written what Redis missed; everyone refuses the signed-out
        // session as revoked, and the bound no longer applies to sessions that go on.
        await eventually(async () => {
          expect(await answers(during.accessToken)).toEqual(REFUSED);
          expect(await refusalMessage(during.accessToken)).toBe(
            'The access token has been revoked: its session ended.',
          );
          expect(await answers(before.accessToken)).toEqual(ACCEPTED);
        });
      } finally {
        await redis.start();
      }
    });
  },
);
