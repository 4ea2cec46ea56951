import { GraphQLError } from 'graphql';
import { documentDelivery } from '../delivery';
import type { PaperDeliveryRequest } from '../model';
import { decisionNote, paperRequestReason } from '../paperRequestInput';

const request = (status: PaperDeliveryRequest['status']): PaperDeliveryRequest => ({
  id: '6f1c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
  customerId: 'P00000001',
  requestedByOffice: null,
  reason: 'I have no computer',
  status,
  requestedAt: new Date('2026-11-20T10:00:00Z'),
  decidedAt: status === 'PENDING' ? null : new Date('2026-11-21T10:00:00Z'),
  decisionNote: null,
});

const code = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions['code'] : error;
  }
  return 'no error';
};

describe('document delivery', () => {
  const consent = '2026-10-01T08:00:00.000Z';

  it('is digital by the consent given at registration, paper without an account, paper once an exception is approved', () => {
    expect(documentDelivery(consent, null)).toEqual({
      channel: 'DIGITAL',
      basis: 'DIGITAL_CONSENT',
      digitalConsentAt: consent,
      paperRequest: null,
    });
    expect(documentDelivery(null, null)).toMatchObject({
      channel: 'PAPER',
      basis: 'NO_DIGITAL_CONSENT',
      digitalConsentAt: null,
    });
    expect(documentDelivery(consent, request('PENDING'))).toMatchObject({
      channel: 'DIGITAL',
      basis: 'DIGITAL_CONSENT',
      paperRequest: { status: 'PENDING' },
    });
    expect(documentDelivery(consent, request('REFUSED'))).toMatchObject({
      channel: 'DIGITAL',
      basis: 'DIGITAL_CONSENT',
      paperRequest: { status: 'REFUSED' },
    });
    expect(documentDelivery(consent, request('APPROVED'))).toMatchObject({
      channel: 'PAPER',
      basis: 'PAPER_EXCEPTION',
      digitalConsentAt: consent,
    });
    expect(documentDelivery(null, request('APPROVED'))).toMatchObject({ channel: 'PAPER', basis: 'PAPER_EXCEPTION' });
  });
});

describe('paper-request input', () => {
  it('takes a reason of 1 to 500 characters of text, trimmed, line breaks and accents included', () => {
    expect(paperRequestReason('  Ik heb geen computer.\nGraag per post.  ')).toBe(
      'Ik heb geen computer.\nGraag per post.',
    );
    expect(paperRequestReason('é'.repeat(500))).toHaveLength(500);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   \n '],
    ['501 characters', 'x'.repeat(501)],
    ['a NUL character', 'a\u0000b'],
    ['an escape sequence', 'a\u001b[31mb'],
    ['a C1 control', 'a\u0085b'],
  ])('refuses a reason that is %s', (_case, reason) => {
    expect(code(() => paperRequestReason(reason))).toBe('BAD_USER_INPUT');
  });

  it('takes an optional note of at most 500 characters; empty is none', () => {
    expect(decisionNote(undefined)).toBeNull();
    expect(decisionNote(null)).toBeNull();
    expect(decisionNote('  ')).toBeNull();
    expect(decisionNote(' Approved: sent by post. ')).toBe('Approved: sent by post.');
    expect(code(() => decisionNote('x'.repeat(501)))).toBe('BAD_USER_INPUT');
    expect(code(() => decisionNote('bell\u0007'))).toBe('BAD_USER_INPUT');
  });
});
