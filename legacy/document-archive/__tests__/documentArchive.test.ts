import {
  behaviour,
  counters,
  setBehaviour,
  silent,
  started,
  testUniverse,
  type Running,
} from '../../__tests__/support';
import type { LegacyService } from '../../shared/service';
import { createDocumentArchive } from '../server';

type Json = Record<string, unknown>;

describe('document archive', () => {
  const universe = testUniverse(2_000);
  let service: Running<LegacyService>;
  const search = async (body: unknown) => {
    const response = await fetch(`${service.url}/archive/v1/search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Json };
  };
  const content = (id: string) => fetch(`${service.url}/archive/v1/documents/${encodeURIComponent(id)}/content`);

  beforeAll(async () => {
    service = await started(createDocumentArchive({ universe, behaviour: behaviour(), log: silent }));
  });
  afterAll(async () => {
    await service.stop();
  });
  beforeEach(async () => {
    await setBehaviour(service.url, { malformedRate: 0 });
  });

  it('finds the metadata of up to 50 customers in one call, life and non-life documents alike', async () => {
    const customers = Array.from({ length: 50 }, (_, i) => universe.personId(i));
    const { status, body } = await search({ customerIds: customers });
    expect(status).toBe(200);
    const results = body['results'] as Array<{ customerId: string; items: Json[] }>;
    expect(results.map((r) => r.customerId)).toEqual(customers);
    const an = results[0]!.items;
    expect(new Set(an.map((d) => d['docTypeCode']))).toEqual(
      new Set(['102', '113', '901', '902', '031', '004', '023']),
    );
    expect(an[0]).toEqual({
      documentId: expect.stringMatching(/^DL000000010-\d{3}-\d{4}$/),
      customerId: 'P00000001',
      policyNumber: 'L000000010',
      docTypeCode: expect.stringMatching(/^\d{3}$/),
      period: expect.stringMatching(/^\d{4}$/),
      issued: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T06:00:00\+01:00$/),
      mimeType: 'application/pdf',
      sizeBytes: expect.any(Number),
      fileName: expect.stringMatching(/\.pdf$/),
    });
  });

  it('finds the documents of contracts, the IPT’s through its insured manager', async () => {
    const { body } = await search({ policyNumbers: ['L000000031', 'V000000013', 'V999999990'] });
    const results = body['results'] as Array<{ policyNumber: string; items: Json[] }>;
    expect(results.map((r) => [r.policyNumber, r.items.length > 0])).toEqual([
      ['L000000031', true],
      ['V000000013', true],
      ['V999999990', false],
    ]);
    // The tax certificate goes to the company that pays and deducts the premiums; the rest to the manager.
    const addressees = (type: string) =>
      new Set(
        results[0]!.items.filter((d) => (d['docTypeCode'] === '102') === (type === '102')).map((d) => d['customerId']),
      );
    expect(addressees('102')).toEqual(new Set(['E00000003']));
    expect(addressees('other')).toEqual(new Set(['P00000003']));
  });

  it("lists an IPT's tax certificates under the company, not under its manager", async () => {
    const { body } = await search({ customerIds: ['E00000003', 'P00000003'] });
    const [company, manager] = body['results'] as Array<{ customerId: string; items: Json[] }>;
    expect(new Set(company!.items.map((d) => `${d['policyNumber']} ${d['docTypeCode']}`))).toEqual(
      new Set(['L000000031 102']),
    );
    expect(company!.items.every((d) => d['customerId'] === 'E00000003')).toBe(true);
    expect(manager!.items.every((d) => d['customerId'] === 'P00000003')).toBe(true);
    expect(manager!.items.some((d) => d['policyNumber'] === 'L000000031' && d['docTypeCode'] === '102')).toBe(false);
  });

  it.each([
    ['more than 50 customers', { customerIds: Array.from({ length: 51 }, (_, i) => `P${i}`) }, 'ARC-413'],
    ['no ids', {}, 'ARC-400'],
    ['ids that are not strings', { customerIds: [1, 2] }, 'ARC-400'],
    ['an unknown field', { customerIds: ['P00000001'], everything: true }, 'ARC-400'],
  ])('refuses a search with %s', async (_case, body, code) => {
    expect(await search(body)).toMatchObject({ status: 400, body: { error: { code } } });
  });

  it('serves a real PDF of exactly the declared size, the same bytes every time', async () => {
    const [document] = ((await search({ customerIds: ['P00000001'] })).body['results'] as Array<{ items: Json[] }>)[0]!
      .items;
    const response = await content(String(document!['documentId']));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${String(document!['fileName'])}"`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.length).toBe(document!['sizeBytes']);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.subarray(-16).toString('latin1')).toContain('%%EOF');
    expect(bytes.toString('latin1')).toMatch(/\/Type \/Page\b/);
    const again = Buffer.from(await (await content(String(document!['documentId']))).arrayBuffer());
    expect(again.equals(bytes)).toBe(true);
  });

  it("serves an IPT's tax certificate addressed to the company", async () => {
    // Sophie Dubois' IPT (L000000031), held by her company E00000003; the reference date is in 2026.
    const response = await content('DL000000031-102-2025');
    expect(response.status).toBe(200);
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });

  it('answers 404 for an unknown document', async () => {
    expect((await content('DV999999990-031-2020')).status).toBe(404);
    expect((await content('nonsense')).status).toBe(404);
  });

  it('cuts a PDF short at malformed rate 1, keeping its headers', async () => {
    await setBehaviour(service.url, { malformedRate: 1 });
    const response = await content('DV000000013-031-2020');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer()).toString('latin1')).not.toContain('%%EOF');
  });

  it('counts searches and downloads', async () => {
    await fetch(`${service.url}/admin/counters`, { method: 'DELETE' });
    await search({ customerIds: ['P00000001', 'P00000002'] });
    await (await content('DV000000013-031-2020')).arrayBuffer();
    expect((await counters(service.url)).calls).toEqual({ content: 1, search: 1 });
  });
});
