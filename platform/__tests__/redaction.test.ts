import { isSensitiveKey, redactForLog, scrubText } from '../redaction';

describe('scrubText', () => {
  it.each([
    [
      'a PostgreSQL unique violation echoing an e-mail',
      'duplicate key value violates unique constraint "accounts_email_key" Key (email)=(an.peeters@klant.example) already exists.',
      ['an.peeters@klant.example'],
    ],
    [
      'a unique violation on another column',
      'Key (lower(contract_number))=(l000000012) already exists.',
      ['l000000012'],
    ],
    [
      'a not-null violation echoing the row',
      'null value in column "x" violates not-null constraint Failing row contains (7, Meir, 2000, Antwerpen).',
      ['Meir', 'Antwerpen'],
    ],
    [
      'a JWT',
      'token eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJQMDAwMDAwMDEifQ.c2lnbmF0dXJl rejected',
      ['eyJhbGciOiJFUzI1NiJ9', 'c2lnbmF0dXJl'],
    ],
    ['a bearer header', 'sent Authorization: Bearer abc.def-ghi~jkl', ['abc.def-ghi~jkl']],
    ['an IBAN with spaces', 'mandate on BE68 5390 0754 7034 refused', ['5390 0754 7034', 'BE68']],
    ['an IBAN in lower case', 'iban be68539007547034 unknown', ['be68539007547034']],
    ['a foreign IBAN', 'account NL91ABNA0417164300', ['NL91ABNA0417164300']],
    ['an old Belgian account number', 'rekening 539-0075470-34', ['539-0075470-34']],
    [
      "the legacy systems' account fields",
      // Account numbers without their country code, which the IBAN patterns alone would miss.
      '<lc:RekNr>539007547034</lc:RekNr> {"rekeningnummer":"539007547034"} rekNr=539007547034',
      ['539007547034', '7034'],
    ],
    ['a national register number', 'no person with 93051822361 found', ['93051822361']],
    ['a formatted national register number', 'rrn 93.05.18-223.61 twice', ['93.05.18-223.61', '223.61']],
    ['a mobile number in E.164', 'sms to +32470123456 failed', ['+32470123456', '470123456']],
    ['a local mobile number', 'call 0470 12 34 56', ['0470 12 34 56']],
    ['an ISO birth date', 'born 1978-03-14', ['1978-03-14']],
    ['a Belgian birth date', 'born 14/03/1978 or 14.03.1978', ['14/03/1978', '14.03.1978']],
    ['a compact legacy date', '<GEBDAT>19780314</GEBDAT> and dob 19780314', ['19780314']],
    ['a plate', 'vehicle 1-ABC-234 and 2XYZ999', ['1-ABC-234', '2XYZ999']],
    ['a VIN', 'chassis WVWZZZ1JZXW000001', ['WVWZZZ1JZXW000001']],
    [
      'a signed download URL',
      'GET http://archive:4104/documents/D1.pdf?expires=1&sig=abcdef failed',
      ['sig=abcdef', 'expires=1'],
    ],
    ['a relative signed URL', 'redirect to /download/D1?token=s3cr3t', ['s3cr3t']],
    [
      'a JSON body with personal fields',
      'backend said {"email":"x","mobile":"y","reserve":"47487.50","beneficiaryName":"Luc"}',
      ['47487.50', '"Luc"', '"x"', '"y"'],
    ],
    [
      'an XML body with personal fields',
      '<lc:Reserve>47487.50</lc:Reserve><Beneficiary type="1">Luc Peeters</Beneficiary>',
      ['47487.50', 'Luc Peeters'],
    ],
    ['key=value text', 'activationCode=ABCD1234 smsCode=123456 password=hunter2', ['ABCD1234', '123456', 'hunter2']],
    ['a Dutch street with its number', 'adres Veldstraat 12, 9000', ['Veldstraat 12']],
    ['a French street with its number', 'adresse Rue de la Loi 16', ['Rue de la Loi 16']],
    ['an amount with its currency', 'reserve € 47.487,50 or 4986.94 EUR', ['47.487,50', '4986.94']],
  ])('censors %s', (_name, text, secrets) => {
    const scrubbed = scrubText(text);
    for (const secret of secrets) expect(scrubbed).not.toContain(secret);
  });

  it('leaves ordinary operational text readable', () => {
    const text =
      'life-connect answered 503 after 120 ms for request 0f8fad5b-d9cb-469f-a165-70867728950e (contract L000000012, retryable=true, replace it)';
    expect(scrubText(text)).toBe(text);
  });
});

describe('redactForLog', () => {
  it('censors sensitive fields by name, in any case or spelling, at any depth', () => {
    const out = redactForLog({
      operationName: 'CustomerOverview',
      person: {
        nationalRegisterNumber: '93051822361',
        birth_date: '1978-03-14',
        'E-Mail': 'a@b.be',
        holderEmail: 'c@d.be',
        address: { street: 'Meir' },
      },
      headers: { authorization: 'Bearer x', 'content-type': 'application/json' },
      contracts: [{ beneficiaries: [{ name: 'Luc' }], reserveCents: 4748750, plate: '1-ABC-234' }],
    });
    expect(out).toEqual({
      operationName: 'CustomerOverview',
      person: {
        nationalRegisterNumber: '[redacted]',
        birth_date: '[redacted]',
        'E-Mail': '[redacted]',
        holderEmail: '[redacted]',
        address: '[redacted]',
      },
      headers: { authorization: '[redacted]', 'content-type': 'application/json' },
      contracts: [{ beneficiaries: '[redacted]', reserveCents: '[redacted]', plate: '[redacted]' }],
    });
  });

  it('keeps only type, message, code, stack and cause of errors, all scrubbed', () => {
    const cause = new Error('lookup of an@klant.example failed');
    const error = Object.assign(new Error('insert failed for 93051822361', { cause }), {
      code: '23505',
      detail: 'Key (email)=(an@klant.example) already exists.',
    });
    const out = redactForLog({ err: error }) as { err: Record<string, unknown> };
    expect(out.err).toMatchObject({
      type: 'Error',
      message: 'insert failed for [nrn]',
      code: '23505',
      cause: { type: 'Error', message: 'lookup of [email] failed' },
    });
    expect(out.err).not.toHaveProperty('detail');
    expect(JSON.stringify(out)).not.toMatch(/93051822361|an@klant\.example/);
  });

  it('turns binary data, dates, URLs, maps and sets into safe values', () => {
    const out = redactForLog({
      pdf: Buffer.from('%PDF-1.7 An Peeters'),
      when: new Date('1978-03-14T00:00:00Z'),
      link: new URL('https://archive.example/doc?sig=abc'),
      map: new Map([['email', 'a@b.be']]),
      set: new Set(['0470 12 34 56']),
    });
    expect(out).toEqual({
      pdf: '[binary 19 bytes]',
      when: '[date]T00:00:00.000Z',
      link: 'https://archive.example/doc?[redacted]',
      map: { email: '[redacted]' },
      set: ['[phone]'],
    });
  });

  it('stops at a bounded depth (a cyclic structure cannot hang the logger)', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic['self'] = cyclic;
    expect(JSON.stringify(redactForLog(cyclic))).toContain('[depth]');
  });

  it('recognises sensitive keys and leaves operational ones', () => {
    for (const key of [
      'password',
      'refresh_token',
      'smsCode',
      'IBAN',
      'RekNr',
      'rekeningnummer',
      'licensePlate',
      'insuredAmountCents',
      'variables',
    ])
      expect(isSensitiveKey(key)).toBe(true);
    for (const key of ['requestId', 'operationName', 'durationMs', 'errorCodes', 'status', 'template', 'code'])
      expect(isSensitiveKey(key)).toBe(false);
  });
});
