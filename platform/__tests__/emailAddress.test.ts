import { emailAddressKey, parseEmailAddress } from '../emailAddress';

describe('parseEmailAddress', () => {
  it('keeps the address as given (trimmed, NFKC) and keys it with A-Z folded to a-z', () => {
    expect(parseEmailAddress(' An.Peeters@Klant.Example ')).toEqual({
      ok: true,
      email: { address: 'An.Peeters@Klant.Example', key: 'an.peeters@klant.example' },
    });
    // Full-width letters and signs are their ASCII forms: one address, one key.
    expect(parseEmailAddress('Ａn.peeters＠klant．example')).toEqual({
      ok: true,
      email: { address: 'An.peeters@klant.example', key: 'an.peeters@klant.example' },
    });
    expect(parseEmailAddress('an+polis@xn--caf-dma.be')).toEqual({
      ok: true,
      email: { address: 'an+polis@xn--caf-dma.be', key: 'an+polis@xn--caf-dma.be' },
    });
  });

  it('refuses characters outside printable ASCII: a dotted capital I, another script, invisible characters, accents in either normal form', () => {
    for (const address of [
      'tİm@klant.example',
      'an.peeters@kl\u0430nt.example',
      'an.pee\u200dters@klant.example',
      'an\u200b@klant.example',
      'andre\u0301@klant.example',
      'andré@klant.example',
      'an@café.be',
    ])
      expect([address, parseEmailAddress(address)]).toEqual([address, { ok: false, problem: 'characters' }]);
  });

  it('refuses what is no address at all', () => {
    for (const address of [
      '',
      'not an address',
      'an@localhost',
      'an@@klant.example',
      '@klant.example',
      'an@klant.',
      `${'a'.repeat(250)}@x.be`,
    ])
      expect([address, parseEmailAddress(address)]).toEqual([address, { ok: false, problem: 'format' }]);
  });
});

describe('emailAddressKey', () => {
  it('gives an accepted address the key parseEmailAddress gives it, and any other text a key of its own', () => {
    expect(emailAddressKey(' AN.Peeters＠Klant.Example')).toBe('an.peeters@klant.example');
    expect(emailAddressKey('tİm@klant.example')).toBe('tİm@klant.example');
  });
});
