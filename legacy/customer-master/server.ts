import { randomBytes, randomUUID } from 'node:crypto';
import { HttpError, readBody, readJsonBody, sendJson, type Route, type RouteRequest } from '../../platform/http';
import type { Logger } from '../../platform/logger';
import type { Behaviour } from '../shared/behaviour';
import type { Universe } from '../shared/data/universe';
import type { Address, Person } from '../shared/data/records';
import { createLegacyService, type LegacyReply, type LegacyRoute, type LegacyService } from '../shared/service';
import { addressRecord, brokerRecord, companyRecord, personRecord } from './format';

export const CUSTOMER_MASTER_BATCH_LIMIT = 50;

const json = (status: number, body: unknown): LegacyReply => ({ status, contentType: 'application/json', body: JSON.stringify(body) });

function idList(request: RouteRequest, parameter: string): string[] {
  const raw = request.url.searchParams.get(parameter) ?? '';
  const ids = raw.split(',').map((id) => id.trim()).filter(Boolean);
  if (ids.length === 0) throw new HttpError(400, 'E001', `Parameter ${parameter} is required.`);
  if (ids.length > CUSTOMER_MASTER_BATCH_LIMIT) throw new HttpError(400, 'E002', `At most ${CUSTOMER_MASTER_BATCH_LIMIT} ids per call.`);
  return ids;
}

const fold = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

interface ContactChange {
  email?: string;
  mobile?: string;
  address?: Address;
}

interface OidcCode {
  provider: string;
  claims: Record<string, string>;
  expiresAt: number;
}

interface OutboxMessage {
  id: string;
  sentAt: string;
  [field: string]: unknown;
}

export interface CustomerMasterOptions {
  universe: Universe;
  behaviour: Behaviour;
  log: Logger;
}

/**
 * The customer master: persons, companies, broker offices and the policy index, plus the
 * mocked identity providers (itsme, eID) and the SMS and postal gateways the identity subgraph
 * delivers through. Contact changes live in an overlay over the generated data.
 */
export function createCustomerMaster({ universe, behaviour, log }: CustomerMasterOptions): LegacyService & { smsOutbox: OutboxMessage[]; postOutbox: OutboxMessage[] } {
  const contactOverlay = new Map<string, ContactChange>();
  const appliedChanges = new Map<string, { partyId: string; result: unknown }>();
  const applyCounts = new Map<string, number>();
  const oidcCodes = new Map<string, OidcCode>();
  const smsOutbox: OutboxMessage[] = [];
  const postOutbox: OutboxMessage[] = [];
  const OUTBOX_LIMIT = 1_000;

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

  function portfolio(brokerIndex: number, query: string): Person[] {
    const members = universe.portfolioOf(brokerIndex).map(currentPerson);
    const brokerId = universe.brokerId(brokerIndex);
    const q = fold(query.trim());
    const matching = q === ''
      ? members
      : members.filter((person) => {
          if (fold(`${person.firstName} ${person.lastName}`).includes(q) || fold(`${person.lastName} ${person.firstName}`).includes(q)) return true;
          return (['life', 'nonlife'] as const).some((kind) =>
            universe.heldContractNumbers(person.index, kind).some((number) => number.toLowerCase() === q && universe.policyIndexEntry(number)?.intermediaryId === brokerId),
          );
        });
    return matching.sort((a, b) => fold(a.lastName).localeCompare(fold(b.lastName)) || fold(a.firstName).localeCompare(fold(b.firstName)) || a.index - b.index);
  }

  function remember(outbox: OutboxMessage[], message: Omit<OutboxMessage, 'id' | 'sentAt'>): OutboxMessage {
    const entry = { id: randomUUID(), sentAt: new Date().toISOString(), ...message };
    outbox.push(entry);
    if (outbox.length > OUTBOX_LIMIT) outbox.splice(0, outbox.length - OUTBOX_LIMIT);
    return entry;
  }

  function mintCode(provider: string, claims: Record<string, string>): string {
    const code = randomBytes(16).toString('hex');
    oidcCodes.set(code, { provider, claims, expiresAt: Date.now() + 5 * 60_000 });
    return code;
  }

  /** What the identity provider asserts for a demo person; Els Maes (index 6) gets a wrong birth date on purpose. */
  function providerClaims(personId: string): Record<string, string> | undefined {
    if (personId === 'unknown') {
      return { national_register_number: '85010244229', given_name: 'Onbekende', family_name: 'Persoon', birthdate: '1985-01-02', locale: 'nl' };
    }
    const index = universe.personIndex(personId);
    if (index === undefined) return undefined;
    const person = universe.person(index);
    const birthdate = index === 6 ? `${Number(person.birthDate.slice(0, 4)) + 1}${person.birthDate.slice(4)}` : person.birthDate;
    return { national_register_number: person.nationalRegisterNumber, given_name: person.firstName, family_name: person.lastName, birthdate, locale: person.language };
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
      handle: (request) => {
        const rrn = (request.url.searchParams.get('rrn') ?? '').replace(/\D/g, '');
        if (rrn.length !== 11) throw new HttpError(400, 'E003', 'Parameter rrn must have 11 digits.');
        return json(200, { PARTIES: universe.personsByNationalRegisterNumber(rrn).map((p) => personRecord(currentPerson(p.index))) });
      },
    },
    {
      method: 'GET',
      path: '/parties/:id/policies',
      endpoint: 'getPartyPolicies',
      handle: ({ params }) => {
        const index = universe.personIndex(params['id'] ?? '');
        if (index === undefined) return json(404, { ERROR_CD: 'E404', ERROR_TXT: 'PARTY NOT FOUND' });
        const policies = (['life', 'nonlife'] as const).flatMap((kind) =>
          universe.contractRolesOf(index, kind).map((entry) => ({ POLICY_NR: entry.contractNumber, DOMAIN: kind === 'life' ? 'LIFE' : 'NONLIFE', ROLE_CDS: entry.roles, INTERMEDIARY_ID: universe.policyIndexEntry(entry.contractNumber)?.intermediaryId })),
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
        if (index === undefined) return json(404, { ERROR_CD: 'E404', ERROR_TXT: 'BROKER NOT FOUND' });
        const offset = Number(url.searchParams.get('offset') ?? 0);
        const limit = Number(url.searchParams.get('limit') ?? 50);
        if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 1 || limit > 200) {
          throw new HttpError(400, 'E004', 'offset must be >= 0 and limit between 1 and 200.');
        }
        const members = portfolio(index, (url.searchParams.get('q') ?? '').slice(0, 100));
        return json(200, {
          BROKER_ID: universe.brokerId(index),
          TOTAL: members.length,
          PARTIES: members.slice(offset, offset + limit).map((p) => ({ PARTY_ID: p.id, FIRST_NM: p.firstName, LAST_NM: p.lastName })),
        });
      },
    },
    {
      method: 'PUT',
      path: '/parties/:id/contact',
      endpoint: 'updateContact',
      handle: async ({ req, params }) => {
        const key = req.headers['idempotency-key'];
        if (typeof key !== 'string' || !/^[\w-]{8,128}$/.test(key)) throw new HttpError(400, 'E005', 'Header Idempotency-Key is required.');
        const partyId = params['id'] ?? '';
        const index = universe.personIndex(partyId);
        if (index === undefined) return json(404, { ERROR_CD: 'E404', ERROR_TXT: 'PARTY NOT FOUND' });
        const previous = appliedChanges.get(key);
        if (previous) {
          if (previous.partyId !== partyId) throw new HttpError(409, 'E006', 'Idempotency-Key already used for another party.');
          return json(200, previous.result);
        }
        const body = (await readJsonBody(req, 10_000)) as { EMAIL_ADDR?: unknown; GSM_NR?: unknown; ADDR?: Record<string, unknown> } | undefined;
        const change: ContactChange = {};
        if (typeof body?.EMAIL_ADDR === 'string') change.email = body.EMAIL_ADDR;
        if (typeof body?.GSM_NR === 'string') change.mobile = body.GSM_NR.replace(/^0032/, '+32');
        if (body?.ADDR && typeof body.ADDR === 'object') {
          const a = body.ADDR;
          change.address = { street: String(a['STRAAT'] ?? ''), houseNumber: String(a['HUISNR'] ?? ''), box: a['BUS'] ? String(a['BUS']) : null, postalCode: String(a['POSTCD'] ?? ''), municipality: String(a['GEMEENTE'] ?? ''), country: 'BE' };
        }
        if (Object.keys(change).length === 0) throw new HttpError(400, 'E007', 'Nothing to change.');
        contactOverlay.set(partyId, { ...contactOverlay.get(partyId), ...change });
        applyCounts.set(partyId, (applyCounts.get(partyId) ?? 0) + 1);
        const result = { PARTY_ID: partyId, STATUS: 'APPLIED', PARTY: personRecord(currentPerson(index)) };
        appliedChanges.set(key, { partyId, result });
        return json(200, result);
      },
    },
    {
      method: 'POST',
      path: '/oidc/:provider/token',
      endpoint: 'oidcToken',
      handle: async ({ req, params }) => {
        const provider = params['provider'] ?? '';
        if (provider !== 'itsme' && provider !== 'eid') return json(404, { error: 'unknown_provider' });
        const form = new URLSearchParams((await readBody(req, 10_000)).toString('utf8'));
        const code = form.get('code') ?? '';
        const entry = oidcCodes.get(code);
        oidcCodes.delete(code);
        if (form.get('grant_type') !== 'authorization_code') return json(400, { error: 'unsupported_grant_type' });
        if (!entry || entry.provider !== provider || entry.expiresAt < Date.now()) return json(400, { error: 'invalid_grant' });
        return json(200, { token_type: 'Bearer', userinfo: entry.claims });
      },
    },
    {
      method: 'POST',
      path: '/sms/messages',
      endpoint: 'sendSms',
      handle: async ({ req }) => {
        const body = (await readJsonBody(req, 10_000)) as { to?: unknown; text?: unknown } | undefined;
        if (typeof body?.to !== 'string' || typeof body.text !== 'string') throw new HttpError(400, 'SMS01', 'to and text are required.');
        const message = remember(smsOutbox, { to: body.to, text: body.text });
        return json(202, { messageId: message.id });
      },
    },
    {
      method: 'POST',
      path: '/post/letters',
      endpoint: 'sendLetter',
      handle: async ({ req }) => {
        const body = (await readJsonBody(req, 20_000)) as { partyId?: unknown; kind?: unknown; lines?: unknown } | undefined;
        if (typeof body?.partyId !== 'string' || typeof body.kind !== 'string' || !Array.isArray(body.lines)) throw new HttpError(400, 'POST01', 'partyId, kind and lines are required.');
        const index = universe.personIndex(body.partyId);
        if (index === undefined) throw new HttpError(404, 'POST02', 'Unknown addressee.');
        const letter = remember(postOutbox, { partyId: body.partyId, kind: body.kind, lines: body.lines.map(String), address: addressRecord(currentPerson(index).address) });
        return json(202, { letterId: letter.id });
      },
    },
  ];

  const adminRoutes: Route[] = [
    {
      method: 'GET',
      path: '/oidc/:provider/authorize',
      handler: ({ res, params, url }) => {
        const provider = params['provider'] ?? '';
        const claims = providerClaims(url.searchParams.get('person') ?? '');
        if ((provider !== 'itsme' && provider !== 'eid') || !claims) throw new HttpError(400, 'OIDC01', 'Unknown provider or person.');
        const code = mintCode(provider, claims);
        const redirect = url.searchParams.get('redirect_uri');
        if (redirect) {
          const target = new URL(redirect);
          target.searchParams.set('code', code);
          target.searchParams.set('state', url.searchParams.get('state') ?? '');
          res.writeHead(302, { location: target.toString() }).end();
          return;
        }
        sendJson(res, 200, { code });
      },
    },
    { method: 'GET', path: '/admin/sms/outbox', handler: ({ res, url }) => sendJson(res, 200, filterOutbox(smsOutbox, 'to', url.searchParams.get('to'))) },
    { method: 'GET', path: '/admin/post/outbox', handler: ({ res, url }) => sendJson(res, 200, filterOutbox(postOutbox, 'partyId', url.searchParams.get('partyId'))) },
    { method: 'GET', path: '/admin/contact-changes', handler: ({ res }) => sendJson(res, 200, { appliedPerParty: Object.fromEntries(applyCounts) }) },
  ];

  const service = createLegacyService({
    name: 'customer-master',
    routes,
    behaviour,
    log,
    adminRoutes,
    faultReply: (kind) => (kind === 'maintenance' ? json(503, { ERROR_CD: 'E503', ERROR_TXT: 'SYSTEM IN MAINTENANCE' }) : json(500, { ERROR_CD: 'E999', ERROR_TXT: 'ABEND S0C7' })),
    malformedReply: () => ({ status: 200, contentType: 'application/json', body: '{"PARTIES":[{"PARTY_ID":' }),
  });
  return Object.assign(service, { smsOutbox, postOutbox });
}

function filterOutbox(outbox: OutboxMessage[], field: string, value: string | null): OutboxMessage[] {
  return value ? outbox.filter((message) => message[field] === value) : outbox;
}
