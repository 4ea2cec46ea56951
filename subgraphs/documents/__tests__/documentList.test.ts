import { GraphQLError } from 'graphql';
import { documentPage, documentQuery, matchesFilter } from '../documentList';
import type { Document } from '../model';
import { encodeCursor } from '../pagination';

const doc = (id: string, issueDate: string, patch: Partial<Document> = {}): Document => ({
  id,
  customerId: 'P00000001',
  contractNumber: 'L000000010',
  type: 'TAX_CERTIFICATE',
  domain: 'life',
  year: Number(issueDate.slice(0, 4)) - 1,
  issueDate,
  contentType: 'application/pdf',
  sizeBytes: 7000,
  fileName: `${id}.pdf`,
  ...patch,
});

const documents = [
  doc('D3', '2026-03-15'),
  doc('D1', '2026-04-15', { type: 'ANNUAL_OVERVIEW' }),
  doc('D2', '2026-04-15', { contractNumber: 'L000000011' }),
  doc('D4', '2025-02-15', { type: 'ANNUAL_OVERVIEW', contractNumber: 'L000000011' }),
  doc('D5', '2025-03-15'),
];

function badInput(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions['code']).toBe('BAD_USER_INPUT');
    return error as GraphQLError;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('document lists', () => {
  it('sorts newest first by issue date, then by id, and counts every match', () => {
    const page = documentPage(documents, documentQuery({}));
    expect(page.nodes.map((d) => d.id)).toEqual(['D1', 'D2', 'D3', 'D5', 'D4']);
    expect(page).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: false } });
  });

  it('walks pages with the end cursor, each document once, however the pages fall', () => {
    for (const size of [1, 2, 3, 5]) {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page = documentPage(documents, documentQuery({ first: size, after }));
        seen.push(...page.nodes.map((d) => d.id));
        expect(page.totalCount).toBe(5);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        pages++;
      } while (after);
      expect(seen).toEqual(['D1', 'D2', 'D3', 'D5', 'D4']);
      expect(pages).toBe(Math.ceil(5 / size));
    }
  });

  it('keeps its place when a newer document arrives between two pages', () => {
    const first = documentPage(documents, documentQuery({ first: 2 }));
    const grown = [...documents, doc('D0', '2026-06-15')];
    const second = documentPage(grown, documentQuery({ first: 2, after: first.pageInfo.endCursor }));
    expect(second.nodes.map((d) => d.id)).toEqual(['D3', 'D5']);
  });

  it('gives an empty page with no cursor for first: 0 and for no documents', () => {
    expect(documentPage(documents, documentQuery({ first: 0 }))).toEqual({
      nodes: [],
      pageInfo: { hasNextPage: true, endCursor: null },
      totalCount: 5,
    });
    expect(documentPage([], documentQuery({}))).toEqual({
      nodes: [],
      pageInfo: { hasNextPage: false, endCursor: null },
      totalCount: 0,
    });
  });

  it('filters by types, year and contract, every criterion given', () => {
    const ids = (filter: Parameters<typeof documentQuery>[0]['filter']) =>
      documents
        .filter((d) => matchesFilter(d, documentQuery({ filter })))
        .map((d) => d.id)
        .sort();
    expect(ids({ types: ['ANNUAL_OVERVIEW'] })).toEqual(['D1', 'D4']);
    expect(ids({ types: ['ANNUAL_OVERVIEW', 'TAX_CERTIFICATE'] })).toEqual(['D1', 'D2', 'D3', 'D4', 'D5']);
    expect(ids({ types: [] })).toEqual([]);
    expect(ids({ year: 2025 })).toEqual(['D1', 'D2', 'D3']);
    expect(ids({ contractId: 'L000000011' })).toEqual(['D2', 'D4']);
    expect(ids({ contractId: 'L000000011', year: 2024, types: ['ANNUAL_OVERVIEW'] })).toEqual(['D4']);
    expect(ids({ types: null, year: null, contractId: null })).toEqual(['D1', 'D2', 'D3', 'D4', 'D5']);
  });

  it.each([
    ['first above 50', { first: 51 }, 'first'],
    ['a negative first', { first: -1 }, 'first'],
    ['a year that is not one', { filter: { year: 25 } }, 'filter.year'],
    ['an empty contract id', { filter: { contractId: '' } }, 'filter.contractId'],
    ['a contract id of 65 characters', { filter: { contractId: 'L'.repeat(65) } }, 'filter.contractId'],
    ['a cursor that is not one', { after: 'not-a-cursor' }, 'after'],
    ['a cursor of another list', { after: encodeCursor('paperDeliveryRequests', ['2026-04-15', 'D1']) }, 'after'],
    ['a cursor of another shape', { after: encodeCursor('documents', ['2026-04-15']) }, 'after'],
  ])('refuses %s as BAD_USER_INPUT naming the argument', (_case, input, field) => {
    expect(badInput(() => documentQuery(input)).extensions['field']).toBe(field);
  });
});
