import { presentedCredentials } from '../oauth/clientCredentialsGrant';

describe('client credentials in a token request', () => {
  const basic = (value: string) => `Basic ${Buffer.from(value).toString('base64')}`;

  it('come from HTTP Basic (form-encoded parts) or from the form', () => {
    expect(presentedCredentials(new URLSearchParams(), basic('bc_id:bcs_se%3Acret'))).toEqual({
      outcome: 'presented',
      clientId: 'bc_id',
      clientSecret: 'bcs_se:cret',
    });
    expect(
      presentedCredentials(new URLSearchParams({ client_id: 'bc_id', client_secret: 'bcs_x' }), undefined),
    ).toEqual({ outcome: 'presented', clientId: 'bc_id', clientSecret: 'bcs_x' });
    expect(presentedCredentials(new URLSearchParams(), undefined)).toEqual({ outcome: 'missing' });
  });

  it('are malformed when given twice, half, or in another scheme', () => {
    expect(presentedCredentials(new URLSearchParams({ client_id: 'bc_id' }), basic('bc_id:bcs_x')).outcome).toBe(
      'malformed',
    );
    expect(presentedCredentials(new URLSearchParams({ client_id: 'bc_id' }), undefined).outcome).toBe('malformed');
    expect(presentedCredentials(new URLSearchParams(), basic('no-colon')).outcome).toBe('malformed');
    expect(presentedCredentials(new URLSearchParams(), basic(':bcs_x')).outcome).toBe('malformed');
    expect(presentedCredentials(new URLSearchParams(), 'Bearer abc').outcome).toBe('malformed');
    expect(presentedCredentials(new URLSearchParams(), basic('bc_id:%E0%A4%A')).outcome).toBe('malformed');
  });
});
