import { officesManaging } from '../offices';

describe('the broker offices managing a customer', () => {
  it('takes the offices of contracts the person holds or is insured on, not those where they are only beneficiary or driver', () => {
    expect(
      officesManaging([
        { contractNumber: 'L1', domain: 'life', roles: ['POLICYHOLDER'], intermediaryId: 'B00002' },
        { contractNumber: 'V1', domain: 'nonlife', roles: ['INSURED'], intermediaryId: 'B00001' },
        { contractNumber: 'V2', domain: 'nonlife', roles: ['POLICYHOLDER', 'INSURED'], intermediaryId: 'B00001' },
        { contractNumber: 'L2', domain: 'life', roles: ['BENEFICIARY'], intermediaryId: 'B00003' },
        { contractNumber: 'V3', domain: 'nonlife', roles: ['DRIVER'], intermediaryId: 'B00004' },
      ]),
    ).toEqual(['B00001', 'B00002']);
  });
});
