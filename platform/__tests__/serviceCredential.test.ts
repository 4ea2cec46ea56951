import path from 'node:path';
import { removeTestTempDir, testTempDir } from '../../test-support/tempDirs';
import { loadServiceSecret, requireServiceCredential, serviceCredentialHeaders } from '../auth/serviceCredential';
import { ConfigError } from '../config';
import { HttpError } from '../http';
import { redactForLog, scrubText } from '../redaction';

describe("the subgraphs' service credential (INTERNAL_SERVICE_SECRET)", () => {
  const dir = testTempDir('service-credential');
  afterAll(() => removeTestTempDir(dir));

  it('is required in production, and at least 32 bytes, without showing the value', async () => {
    await expect(loadServiceSecret({ production: true })).rejects.toThrow(ConfigError);
    await expect(loadServiceSecret({ production: true })).rejects.toThrow(
      'INTERNAL_SERVICE_SECRET: required in production',
    );
    const short = Buffer.from('sixteen bytes!!!').toString('base64');
    await expect(loadServiceSecret({ production: true, configured: short })).rejects.toThrow(
      'INTERNAL_SERVICE_SECRET: must be at least 32 random bytes',
    );
    await expect(loadServiceSecret({ production: true, configured: short })).rejects.not.toThrow(short);
    const configured = Buffer.alloc(32, 7);
    expect(await loadServiceSecret({ production: true, configured: configured.toString('base64') })).toEqual(
      configured,
    );
  });

  it('is generated once outside production, the same for every process reading the file', async () => {
    const devFile = path.join(dir, 'internal-service-secret');
    const first = await loadServiceSecret({ production: false, devFile });
    expect(first).toHaveLength(32);
    expect(await loadServiceSecret({ production: false, devFile })).toEqual(first);
  });

  it('lets through only a request carrying it', () => {
    const secret = Buffer.alloc(32, 1);
    const refusal = (headers: Record<string, string>): unknown => {
      try {
        requireServiceCredential(secret, headers);
        return 'allowed';
      } catch (error) {
        return error instanceof HttpError ? [error.status, error.code] : error;
      }
    };
    expect(refusal(serviceCredentialHeaders(secret))).toBe('allowed');
    expect(refusal({})).toEqual([403, 'FORBIDDEN']);
    expect(refusal(serviceCredentialHeaders(Buffer.alloc(32, 2)))).toEqual([403, 'FORBIDDEN']);
    expect(refusal({ 'x-service-credential': '' })).toEqual([403, 'FORBIDDEN']);
    expect(refusal({ 'x-service-credential': secret.toString('base64url') })).toEqual([403, 'FORBIDDEN']);
  });

  it('sends a key derived from the secret, never the secret itself, and keeps it out of logs', () => {
    const secret = Buffer.alloc(32, 1);
    const header = serviceCredentialHeaders(secret)['x-service-credential'];
    // HKDF-SHA256 of 32 bytes of 0x01, empty salt, info "customer-graph:internal-route-credential:v1".
    expect(header).toBe('x84-3Ipo3HzVKKyXrgWYOhBU-G5jR0gBo8z08aDrOgI');
    expect(redactForLog({ headers: { 'x-service-credential': header } })).toEqual({
      headers: { 'x-service-credential': '[redacted]' },
    });
    expect(scrubText(`x-service-credential=${header}`)).not.toContain(header);
  });
});
