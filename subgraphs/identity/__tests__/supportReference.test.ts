import { startSystem, type RunningSystem } from '../../../test-support/system';
import { supportReference } from '../problems';
import { IDENTITY_TEST_GATEWAY } from './identityClient';

const REQUEST_RESET = `mutation RequestReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { __typename ... on IdentityProblem { code reference } } }`;

describe("a problem's reference for the contact centre", () => {
  it('is the start of the request id, in capitals', () => {
    expect(supportReference('3f9a2c71-0b1e-4c7a-9d2e-5f6a7b8c9d0e')).toBe('REF-3F9A2C71');
  });

  describe('through the gateway', () => {
    let system: RunningSystem;
    const logLines: string[] = [];

    beforeAll(async () => {
      system = await startSystem({ gateway: IDENTITY_TEST_GATEWAY, logSink: (line) => logLines.push(line) });
    });
    afterAll(async () => {
      await system.stop();
    });

    it("names the request the answer's x-request-id header names, which the logs carry", async () => {
      const answer = await system.query(REQUEST_RESET, {
        variables: { input: { email: 'not an e-mail address' } },
      });
      const problem = answer.body.data?.['requestPasswordReset'] as { __typename: string; reference: string };
      expect(problem.__typename).toBe('InvalidInput');
      const requestId = answer.headers.get('x-request-id') ?? '';
      expect(requestId).toMatch(/^[0-9a-f]{8}-/);
      expect(problem.reference).toBe(`REF-${requestId.slice(0, 8).toUpperCase()}`);
      expect(logLines.some((line) => line.includes(requestId))).toBe(true);
    });
  });
});
