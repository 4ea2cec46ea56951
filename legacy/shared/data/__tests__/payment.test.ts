import { isValidBelgianIban, isValidStructuredCommunication } from '../../../../platform/belgium';
import { contractCommunication, premiumPayment } from '../payment';
import { Universe } from '../universe';

describe('how premiums are paid', () => {
  it('gives a contract its structured communication: 1 (life) or 2 (non-life), the 9 digits, the check', () => {
    // 1000000010 mod 97 = 44; 2000000013 mod 97 = 81.
    expect(contractCommunication('L000000010')).toBe('+++100/0000/01044+++');
    expect(contractCommunication('V000000013')).toBe('+++200/0000/01381+++');
    expect(() => contractCommunication('X000000013')).toThrow('not a contract number');
  });

  it('debits every monthly premium and has every single premium paid by transfer', () => {
    for (let i = 0; i < 200; i++) {
      const number = `V${String(i).padStart(8, '0')}1`;
      expect(premiumPayment('test-seed', number, '4', 'BE68539007547034')).toEqual({
        method: 'debit',
        iban: 'BE68539007547034',
        structuredCommunication: null,
      });
      expect(premiumPayment('test-seed', number, '5', 'BE68539007547034')).toEqual({
        method: 'transfer',
        iban: null,
        structuredCommunication: contractCommunication(number),
      });
    }
  });

  it("holds over 3,000 customers: a debit from the payer's valid IBAN, a transfer with a valid communication", () => {
    const universe = new Universe({ customers: 3_000, seed: 'test-seed', referenceDate: '2026-11-01' });
    const counts = { debit: 0, transfer: 0 };
    const broken: string[] = [];
    for (let index = 0; index < universe.customerCount; index++) {
      const contracts = [
        ...universe.heldContractNumbers(index, 'life').map((n) => universe.lifeContract(n)!),
        ...universe.heldContractNumbers(index, 'nonlife').map((n) => universe.nonLifeContract(n)!),
      ];
      for (const { contractNumber, parties, premiumFrequency, payment } of contracts) {
        counts[payment.method]++;
        // The policyholder pays: a person from their own account, a company (an IPT) from its own.
        const payer = parties.policyholderId.startsWith('E') ? universe.companyIbanOf(index) : universe.ibanOf(index);
        const valid =
          payment.method === 'debit'
            ? payment.structuredCommunication === null && payment.iban === payer && isValidBelgianIban(payer)
            : payment.iban === null &&
              payment.structuredCommunication === contractCommunication(contractNumber) &&
              isValidStructuredCommunication(payment.structuredCommunication);
        const methodFits =
          (premiumFrequency !== '4' || payment.method === 'debit') &&
          (premiumFrequency !== '5' || payment.method === 'transfer');
        if (!valid || !methodFits) broken.push(contractNumber);
      }
    }
    expect(broken).toEqual([]);
    // Both ways occur, direct debit the more common one.
    expect(counts.transfer).toBeGreaterThan(100);
    expect(counts.debit).toBeGreaterThan(counts.transfer);
  });
});
