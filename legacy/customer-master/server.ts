import { HttpError, readJsonBody, sendJson, type Route, type RouteRequest } from '../../platform/http';
import type { Person } from '../shared/data/records';
import {
  createLegacyService,
  type LegacyReply,
  type LegacyRoute,
  type LegacyMockOptions,
  type LegacyService,
} from '../shared/service';
import { contactChangeSchema, IdempotencyJournal, toContactChange, type ContactChange } from './contact';
import { addressRecord, brokerRecord, companyRecord, personRecord } from './format';
import { createIdentityProviders } from './identityProviders';
import { Outbox } from './outbox';

export const CUSTOMER_MASTER_BATCH_LIMIT = 50;
export const PORTFOLIO_PAGE_LIMIT = 200;

const json = (status: number, body: unknown): LegacyReply => ({
  status,
  contentType: 'application/json',
  body: JSON.stringify(body),
});
const notFound = (what: 'PARTY' | 'BROKER'): LegacyReply =>
  json(404, { ERROR_CD: 'E404', ERROR_TXT: `${what} NOT FOUND` });

function idList(request: RouteRequest, parameter: string): string[] {
  const raw = request.url.searchParams.get(parameter) ?? '';
  const ids = raw
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.length === 0) throw new HttpError(400, 'E001', `Parameter ${parameter} is required.`);
  if (ids.length > CUSTOMER_MASTER_BATCH_LIMIT)
    throw new HttpError(400, 'E002', `At most ${CUSTOMER_MASTER_BATCH_LIMIT} ids per call.`);
  return ids;
}

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const CONTRACT_NUMBER = /^[LV]\d{9}$/;

export type CustomerMasterOptions = LegacyMockOptions;

export type CustomerMaster = LegacyService & { smsOutbox: Outbox; postOutbox: Outbox };

/**
 * The customer master: persons, companies, broker offices and the policy index, plus the
 * mocked identity providers (itsme, eID) and the SMS and postal gateways the identity subgraph
 * delivers through. Contact changes live in an overlay over the generated data.
 */
export function createCustomerMaster({
  universe,
  behaviour,
  log,
  now,
  metrics,
}: CustomerMasterOptions): CustomerMaster {
  const contactOverlay = new Map<string, ContactChange>();
  const journal = new IdempotencyJournal();
  const applyCounts = new Map<string, number>();
  const smsOutbox = new Outbox();
  const postOutbox = new Outbox();
  const identityProviders = createIdentityProviders(universe);

  function currentPerson(index: number): Person {
    const person = universe.person(index);
    const change = contactOverlay.get(person.id);
    return change ? { ...person, ...change } : person;
  }

  function partyById(id: string) {
    const index = universe.personIndex(id);
    if (index !== undefined) return personRecord(currentPerson(index));
    const company = universe.companyById(id);
    return company ? companyRecord(company) : undefined;
  }

  function policyEntry(number: string) {
    const entry = universe.policyIndexEntry(number);
    if (!entry) return undefined;
    const roles = [
      { ROLE_CD: '003', PARTY_ID: entry.policyholderId },
      ...entry.insuredIds.map((id) => ({ ROLE_CD: '013', PARTY_ID: id })),
      { ROLE_CD: '002', PARTY_ID: entry.intermediaryId },
      ...entry.beneficiaryIds.map((id) => ({ ROLE_CD: '014', PARTY_ID: id })),
      ...entry.driverIds.map((id) => ({ ROLE_CD: '004', PARTY_ID: id })),
    ];
    return { POLICY_NR: number, DOMAIN: entry.kind === 'life' ? 'LIFE' : 'NONLIFE', ROLES: roles };
  }

  /** The office's customers matching a name, or the customers on one of its contracts when the query is a contract number. */
  function portfolio(brokerIndex: number, query: string): Person[] {
    const q = fold(query.trim());
    const contractNumber = CONTRACT_NUMBER.test(q.toUpperCase()) ? q.toUpperCase() : undefined;
    let members: Person[];
    if (contractNumber) {
      const entry = universe.policyIndexEntry(contractNumber);
      const onContract =
        entry && entry.intermediaryId === universe.brokerId(brokerIndex)
          ? [entry.policyholderId, ...entry.insuredIds]
          : [];
      members = [...new Set(onContract.flatMap((id) => universe.personIndex(id) ?? []))].map(currentPerson);
    } else {
      const all = universe.portfolioOf(brokerIndex).map(currentPerson);
      members =
        q === ''
          ? all
          : all.filter(
              (p) =>
                fold(`${p.firstName} ${p.lastName}`).includes(q) || fold(`${p.lastName} ${p.firstName}`).includes(q),
            );
    }
    return members.sort(
      (a, b) =>
        fold(a.lastName).localeCompare(fold(b.lastName)) ||
        fold(a.firstName).localeCompare(fold(b.firstName)) ||
        a.index - b.index,
    );
  }

  const routes: LegacyRoute[] = [
    {
      method: 'GET',
      path: '/parties',
      endpoint: 'getParties',
      handle: (request) => {
        const ids = idList(request, 'ids');
        const parties = ids.map(partyById);
        return json(200, { PARTIES: parties.filter(Boolean), NOT_FOUND: ids.filter((_, i) => !parties[i]) });
      },
    },
    {
      method: 'GET',
      path: '/parties/search',
      endpoint: 'searchPartiesByRrn',
      // By national register number (rrn), by e-mail address (email), or by last name and birth date (lastName, birthDate).
      handle: (request) => {
        const search = request.url.searchParams;
        const email = search.get('email');
        if (email !== null) {
          if (email.length > 254 || !email.includes('@'))
            throw new HttpError(400, 'E010', 'Parameter email is not an address.');
          const wanted = email.trim().toLowerCase();
          const changed = [...contactOverlay.entries()]
            .filter(([, change]) => change.email?.toLowerCase() === wanted)
            .flatMap(([id]) => universe.personIndex(id) ?? []);
          const generated = universe.personsByGeneratedEmail(wanted).map((person) => person.index);
          const matches = [...new Set([...changed, ...generated])]
            .map(currentPerson)
            .filter((person) => person.email.toLowerCase() === wanted);
          return json(200, { PARTIES: matches.map(personRecord) });
        }
        const lastName = search.get('lastName');
        if (lastName !== null) {
          const birthDate = search.get('birthDate') ?? '';
          if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate) || lastName.trim().length === 0 || lastName.length > 100)
            throw new HttpError(400, 'E011', 'Parameters lastName and birthDate (YYYY-MM-DD) are required together.');
          const matches = universe
            .personsBornOn(birthDate)
            .filter((person) => fold(person.lastName) === fold(lastName.trim()))
            .map((person) => personRecord(currentPerson(person.index)));
          return json(200, { PARTIES: matches });
        }
        const rrn = (search.get('rrn') ?? '').replace(/\D/g, '');
        if (rrn.length !== 11) throw new HttpError(400, 'E003', 'Parameter rrn must have 11 digits.');
        return json(200, {
          PARTIES: universe.personsByNationalRegisterNumber(rrn).map((p) => personRecord(currentPerson(p.index))),
        });
      },
    },
    {
      method: 'GET',
      path: '/parties/:id/policies',
      endpoint: 'getPartyPolicies',
      handle: ({ params }) => {
        const index = universe.personIndex(params['id'] ?? '');
        if (index === undefined) return notFound('PARTY');
        const policies = (['life', 'nonlife'] as const).flatMap((kind) =>
          universe.contractRolesOf(index, kind).map((entry) => ({
            POLICY_NR: entry.contractNumber,
            DOMAIN: kind === 'life' ? 'LIFE' : 'NONLIFE',
            ROLE_CDS: entry.roles,
            INTERMEDIARY_ID: entry.intermediaryId,
          })),
        );
        return json(200, { PARTY_ID: universe.personId(index), POLICIES: policies });
      },
    },
    {
      method: 'GET',
      path: '/policies',
      endpoint: 'getPolicies',
      handle: (request) => {
        const numbers = idList(request, 'nrs');
        const entries = numbers.map(policyEntry);
        return json(200, { POLICIES: entries.filter(Boolean), NOT_FOUND: numbers.filter((_, i) => !entries[i]) });
      },
    },
    {
      method: 'GET',
      path: '/brokers',
      endpoint: 'getBrokers',
      handle: (request) => {
        const ids = idList(request, 'ids');
        const brokers = ids.map((id) => {
          const index = universe.brokerIndex(id);
          return index === undefined ? undefined : brokerRecord(universe.broker(index));
        });
        return json(200, { BROKERS: brokers.filter(Boolean), NOT_FOUND: ids.filter((_, i) => !brokers[i]) });
      },
    },
    {
      method: 'GET',
      path: '/brokers/:id/portfolio',
      endpoint: 'getBrokerPortfolio',
      handle: ({ params, url }) => {
        const index = universe.brokerIndex(params['id'] ?? '');
        if (index === undefined) return notFound('BROKER');
        const offset = Number(url.searchParams.get('offset') ?? 0);
        const limit = Number(url.searchParams.get('limit') ?? 50);
        if (
          !Number.isInteger(offset) ||
          offset < 0 ||
          !Number.isInteger(limit) ||
          limit < 1 ||
          limit > PORTFOLIO_PAGE_LIMIT
        ) {
          throw new HttpError(400, 'E004', `offset must be >= 0 and limit between 1 and ${PORTFOLIO_PAGE_LIMIT}.`);
        }
        const q = url.searchParams.get('q') ?? '';
        if (q.length > 100) throw new HttpError(400, 'E009', 'Parameter q is longer than 100 characters.');
        const members = portfolio(index, q);
        return json(200, {
          BROKER_ID: universe.brokerId(index),
          TOTAL: members.length,
          PARTIES: members
            .slice(offset, offset + limit)
            .map((p) => ({ PARTY_ID: p.id, FIRST_NM: p.firstName, LAST_NM: p.lastName })),
        });
      },
    },
    {
      method: 'PUT',
      path: '/parties/:id/contact',
      endpoint: 'updateContact',
      handle: async ({ req, params }) => {
        const key = req.headers['idempotency-key'];
        if (typeof key !== 'string' || !/^[\w-]{8,128}$/.test(key))
          throw new HttpError(400, 'E005', 'Header Idempotency-Key is required (8-128 letters, digits, - or _).');
        const partyId = params['id'] ?? '';
        const index = universe.personIndex(partyId);
        if (index === undefined) return notFound('PARTY');
        const body = contactChangeSchema.safeParse(await readJsonBody(req, 10_000));
        if (!body.success)
          throw new HttpError(
            400,
            'E007',
            body.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; '),
          );
        const fingerprint = IdempotencyJournal.fingerprint(body.data);
        const outcome = journal.check(key, partyId, fingerprint);
        if (outcome.kind === 'conflict')
          throw new HttpError(409, 'E006', 'Idempotency-Key already used for another change.');
        if (outcome.kind === 'replay') return json(200, outcome.result);
        contactOverlay.set(partyId, { ...contactOverlay.get(partyId), ...toContactChange(body.data) });
        applyCounts.set(partyId, (applyCounts.get(partyId) ?? 0) + 1);
        const result = { PARTY_ID: partyId, STATUS: 'APPLIED', PARTY: personRecord(currentPerson(index)) };
        journal.record(key, partyId, fingerprint, result);
        return json(200, result);
      },
    },
    identityProviders.token,
    {
      method: 'POST',
      path: '/sms/messages',
      endpoint: 'sendSms',
      handle: async ({ req }) => {
        const body = (await readJsonBody(req, 10_000)) as { to?: unknown; text?: unknown } | undefined;
        if (typeof body?.to !== 'string' || typeof body.text !== 'string' || body.text.length === 0)
          throw new HttpError(400, 'SMS01', 'to and text are required.');
        if (!/^\+?\d{8,15}$/.test(body.to))
          throw new HttpError(400, 'SMS02', 'to must be a phone number in international format.');
        if (body.text.length > 480) throw new HttpError(400, 'SMS03', 'text is longer than 480 characters.');
        return json(202, { messageId: smsOutbox.deliver({ to: body.to, text: body.text }).id });
      },
    },
    {
      method: 'POST',
      path: '/post/letters',
      endpoint: 'sendLetter',
      handle: async ({ req }) => {
        const body = (await readJsonBody(req, 20_000)) as
          { partyId?: unknown; kind?: unknown; lines?: unknown } | undefined;
        if (typeof body?.partyId !== 'string' || typeof body.kind !== 'string' || !Array.isArray(body.lines))
          throw new HttpError(400, 'POST01', 'partyId, kind and lines are required.');
        const index = universe.personIndex(body.partyId);
        if (index === undefined) throw new HttpError(404, 'POST02', 'Unknown addressee.');
        const letter = postOutbox.deliver({
          partyId: body.partyId,
          kind: body.kind,
          lines: body.lines.map(String),
          address: addressRecord(currentPerson(index).address),
        });
        return json(202, { letterId: letter.id });
      },
    },
  ];

  const adminRoutes: Route[] = [
    identityProviders.authorize,
    {
      method: 'GET',
      path: '/admin/sms/outbox',
      handler: ({ res, url }) => sendJson(res, 200, smsOutbox.list('to', url.searchParams.get('to'))),
    },
    {
      method: 'GET',
      path: '/admin/post/outbox',
      handler: ({ res, url }) => sendJson(res, 200, postOutbox.list('partyId', url.searchParams.get('partyId'))),
    },
    {
      method: 'GET',
      path: '/admin/contact-changes',
      handler: ({ res }) => sendJson(res, 200, { appliedPerParty: Object.fromEntries(applyCounts) }),
    },
  ];

  const service = createLegacyService({
    name: 'customer-master',
    ...(metrics ? { metrics } : {}),
    routes,
    behaviour,
    log,
    adminRoutes,
    ...(now ? { now } : {}),
    faultReply: (kind) =>
      kind === 'maintenance'
        ? json(503, { ERROR_CD: 'E503', ERROR_TXT: 'SYSTEM IN MAINTENANCE' })
        : json(500, { ERROR_CD: 'E999', ERROR_TXT: 'ABEND S0C7' }),
    malformedReply: () => ({ status: 200, contentType: 'application/json', body: '{"PARTIES":[{"PARTY_ID":' }),
  });
  return Object.assign(service, { smsOutbox, postOutbox });
}
