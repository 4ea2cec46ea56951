import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { nationalRegisterNumber } from '../../platform/belgium';
import { HttpError, readBody, sendJson, type Route } from '../../platform/http';
import type { Universe } from '../shared/data/universe';
import type { LegacyReply, LegacyRoute } from '../shared/service';

export type ProviderClaims = Record<
  'national_register_number' | 'given_name' | 'family_name' | 'birthdate' | 'locale',
  string
>;

const PROVIDERS = new Set(['itsme', 'eid']);
const CODE_TTL_MS = 5 * 60_000;

/** Index of Els Maes, for whom the providers assert a birth date one year off (docs/requirements.md §1.3, data mismatch). */
export const MISMATCH_DEMO_INDEX = 6;

/**
 * A person the providers know and the customer master does not (docs/requirements.md §1.3, not found). Born
 * before the generated birth dates begin, so no data-set size contains them.
 */
export const UNKNOWN_PERSON: ProviderClaims = {
  national_register_number: nationalRegisterNumber('1947-05-12', 123),
  given_name: 'Onbekende',
  family_name: 'Persoon',
  birthdate: '1947-05-12',
  locale: 'nl',
};

/** What itsme or the eID hub asserts for `person` (a party id, or "unknown"); undefined for anyone else. */
export function providerClaims(universe: Universe, person: string): ProviderClaims | undefined {
  if (person === 'unknown') return UNKNOWN_PERSON;
  const index = universe.personIndex(person);
  if (index === undefined) return undefined;
  const p = universe.person(index);
  const birthdate =
    index === MISMATCH_DEMO_INDEX ? `${Number(p.birthDate.slice(0, 4)) + 1}${p.birthDate.slice(4)}` : p.birthDate;
  return {
    national_register_number: p.nationalRegisterNumber,
    given_name: p.firstName,
    family_name: p.lastName,
    birthdate,
    locale: p.language,
  };
}

/** Demo persons the mock provider offers to sign in as (the first customers, who the demos of docs/demo-data.md use). */
const PICKER_PERSONS = 12;
const PROVIDER_NAMES: Record<string, string> = { itsme: 'itsme', eid: 'eID' };

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * What a person sees at the mock provider when no `person` is given: a choice of demo persons
 * (standing for "open the itsme app" or "insert your eID card"), sent back to this same address.
 * Plain HTML, no script.
 */
function personPicker(universe: Universe, provider: string, url: URL): string {
  const hidden = ['redirect_uri', 'state', 'response_type', 'scope']
    .map((name) => [name, url.searchParams.get(name)] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== null)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
    .join('');
  const options = Array.from({ length: Math.min(PICKER_PERSONS, universe.customerCount) }, (_, index) => {
    const person = universe.person(index);
    return `<option value="${person.id}">${escapeHtml(`${person.firstName} ${person.lastName} (${person.id})`)}</option>`;
  }).join('');
  const name = PROVIDER_NAMES[provider] ?? provider;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${name} (mock)</title></head>
<body><main><h1>${name} (mock identity provider)</h1>
<p>Development stand-in for ${name}: choose who confirms their identity.</p>
<form method="get"><label for="person">Person</label> <select id="person" name="person">${options}<option value="unknown">A person unknown to the insurer</option></select>${hidden}
<button type="submit">Confirm identity</button></form></main></body></html>`;
}

const json = (status: number, body: unknown): LegacyReply => ({
  status,
  contentType: 'application/json',
  body: JSON.stringify(body),
});

/**
 * Mocked itsme and eID hub, OpenID Connect style: `authorize` stands in for the user's visit to
 * the provider and mints a one-time authorization code; `token` exchanges it for the claims.
 */
export function createIdentityProviders(universe: Universe): { authorize: Route; token: LegacyRoute } {
  const codes = new LRUCache<string, { provider: string; claims: ProviderClaims }>({ max: 10_000, ttl: CODE_TTL_MS });

  const authorize: Route = {
    method: 'GET',
    path: '/oidc/:provider/authorize',
    handler: ({ res, params, url }) => {
      const provider = params['provider'] ?? '';
      if (PROVIDERS.has(provider) && !url.searchParams.has('person')) {
        res
          .writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            // No form-action: the answer to the form redirects to the portal, another origin.
            'content-security-policy': "default-src 'none'",
          })
          .end(personPicker(universe, provider, url));
        return;
      }
      const claims = providerClaims(universe, url.searchParams.get('person') ?? '');
      if (!PROVIDERS.has(provider) || !claims) throw new HttpError(400, 'OIDC01', 'Unknown provider or person.');
      const redirect = url.searchParams.get('redirect_uri');
      let target: URL | undefined;
      if (redirect) {
        target = URL.canParse(redirect) ? new URL(redirect) : undefined;
        if (!target || !['http:', 'https:'].includes(target.protocol))
          throw new HttpError(400, 'OIDC02', 'redirect_uri must be an http(s) URL.');
      }
      const code = randomBytes(16).toString('hex');
      codes.set(code, { provider, claims });
      if (!target) {
        sendJson(res, 200, { code });
        return;
      }
      target.searchParams.set('code', code);
      target.searchParams.set('state', url.searchParams.get('state') ?? '');
      res.writeHead(302, { location: target.toString() }).end();
    },
  };

  const token: LegacyRoute = {
    method: 'POST',
    path: '/oidc/:provider/token',
    endpoint: 'oidcToken',
    handle: async ({ req, params }) => {
      const provider = params['provider'] ?? '';
      if (!PROVIDERS.has(provider)) return json(404, { error: 'unknown_provider' });
      const form = new URLSearchParams((await readBody(req, 10_000)).toString('utf8'));
      if (form.get('grant_type') !== 'authorization_code') return json(400, { error: 'unsupported_grant_type' });
      const code = form.get('code') ?? '';
      const entry = codes.get(code);
      // A code is good for one exchange, even a failed one.
      codes.delete(code);
      if (!entry || entry.provider !== provider) return json(400, { error: 'invalid_grant' });
      return json(200, { token_type: 'Bearer', userinfo: entry.claims });
    },
  };

  return { authorize, token };
}
