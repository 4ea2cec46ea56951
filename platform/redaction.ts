/**
 * Removes personal data (docs/requirements.md §8.1) from anything about to be logged.
 * Two nets: fields are censored by name wherever they sit (also as `key=value`, `"key": value`
 * or `<key>value</key>` inside free text), and free text (error messages echo values, e.g.
 * PostgreSQL's unique-violation detail) is censored by pattern. Over-censoring a log line is
 * cheap; one leaked national register number is not.
 */

const CENSORED = '[redacted]';

/** Field names compared after lower-casing and dropping `-`, `_` and spaces. */
const SENSITIVE_KEYS = new Set([
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'xapikey',
  'apikey',
  'password',
  'passwordhash',
  'newpassword',
  'currentpassword',
  'secret',
  'clientsecret',
  'privatejwk',
  'privatekey',
  'token',
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'jwt',
  'bearer',
  'sessionid',
  'activationcode',
  'onetimecode',
  'otp',
  'smscode',
  'verificationcode',
  'authorizationcode',
  'pincode',
  'nationalregisternumber',
  'nationalnumber',
  'nrn',
  'rrn',
  'insz',
  'niss',
  'ssin',
  'rijksregisternummer',
  'eidnumber',
  'eidcardnumber',
  'birthdate',
  'dateofbirth',
  'geboortedatum',
  'email',
  'emailaddress',
  'mail',
  'mobile',
  'mobilenumber',
  'phone',
  'phonenumber',
  'telephone',
  'gsm',
  'iban',
  'bic',
  'accountnumber',
  'bankaccount',
  // The legacy systems' own names for the account premiums are debited from (Life Connect, V-Connect).
  'reknr',
  'rekeningnummer',
  'bankrekening',
  'address',
  'postaladdress',
  'homeaddress',
  'riskaddress',
  'street',
  'streetname',
  'housenumber',
  'box',
  'postcode',
  'postalcode',
  'zip',
  'city',
  'municipality',
  'plate',
  'licenseplate',
  'numberplate',
  'registrationplate',
  'vin',
  'chassisnumber',
  'beneficiaries',
  'beneficiary',
  'beneficiaryname',
  'beneficiarynames',
  'reserve',
  'reserveamount',
  'reservecents',
  'surrendervalue',
  'surrendervaluecents',
  'income',
  'insuredamount',
  'insuredamountcents',
  'amount',
  'amountcents',
  'health',
  'medical',
  'diagnosis',
  'questionnaire',
  'answers',
  'downloadurl',
  'signedurl',
  'variables',
  'body',
  'text',
  'response',
  'data',
]);

/** Parts of a field name that make it sensitive whatever surrounds them (e.g. `holderEmail`). */
const SENSITIVE_KEY_PARTS = [
  'password',
  'secret',
  'credential',
  'token',
  'email',
  'phone',
  'mobile',
  'iban',
  'birth',
  'nationalregister',
  'beneficiar',
  'street',
  'address',
];

function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[-_\s]/g, '');
}

export function isSensitiveKey(key: string): boolean {
  const normalised = normaliseKey(key);
  return SENSITIVE_KEYS.has(normalised) || SENSITIVE_KEY_PARTS.some((part) => normalised.includes(part));
}

/** Names as they appear in text: JSON and XML bodies, query strings, `key=value` messages. */
const KEY_IN_TEXT =
  '(?:[\\w-]*(?:password|secret|credential|token|e-?mail|phone|mobile|iban|rek(?:ening)?_?n(?:umme)?r|birth_?date|date_?of_?birth|national_?register(?:_?number)?|beneficiar(?:y|ies)|street|address|plate|signature|activation_?code|sms_?code|one_?time_?code)[\\w-]*|nrn|insz|vin|otp|postal_?code|house_?number|reserve(?:_?amount)?|surrender_?value|income|amount)';

const PATTERNS: Array<[RegExp, string]> = [
  // PostgreSQL constraint details echo the offending row: "Key (email)=(an@x.be) already exists."
  [/\bKey \((.+?)\)=\(.*?\)(?=\s+(?:already|is|conflicts)\b|[.,;]?\s*$)/gm, `Key ($1)=(${CENSORED})`],
  [/\bFailing row contains \(.*\)/g, `Failing row contains (${CENSORED})`],
  // Sensitive fields inside JSON, XML or key=value text.
  [new RegExp(`("${KEY_IN_TEXT}"\\s*:\\s*)("(?:[^"\\\\]|\\\\.)*"|[^,}\\]\\s]+)`, 'gi'), `$1"${CENSORED}"`],
  [new RegExp(`<((?:\\w+:)?${KEY_IN_TEXT})(\\s[^>]*)?>[^<]*</\\1>`, 'gi'), `<$1$2>${CENSORED}</$1>`],
  [new RegExp(`\\b(${KEY_IN_TEXT})=([^\\s&"',;]+)`, 'gi'), `$1=${CENSORED}`],
  // URLs keep their path; the query string (signatures, tokens, search terms) goes.
  [/\b(https?:\/\/[^\s?#"'<>]+)\?[^\s"'<>]*/gi, `$1?${CENSORED}`],
  // JWTs and other bearer credentials.
  [/\beyJ[\w-]+\.[\w-]+\.[\w-]*/g, '[token]'],
  [/\b(Bearer|Basic)\s+[\w.~+/=-]+/gi, '$1 [token]'],
  // E-mail addresses.
  [/[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(\.[\w-]+)+/g, '[email]'],
  // IBANs: any country, with or without spaces; Belgian ones in any case; old Belgian account numbers.
  [/\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b/g, '[iban]'],
  [/\bBE\d{2}(?:\s?\d{4}){3}\b/gi, '[iban]'],
  [/\b\d{3}-\d{7}-\d{2}\b/g, '[iban]'],
  // Phone numbers in international form (+32 / 0032) first, as they also have 11 digits.
  [/(?:\+|(?<![\w-])00)[1-9]\d{1,2}[\s./-]?\d{1,3}(?:[\s./-]?\d{2,3}){2,4}\b/g, '[phone]'],
  // National register numbers: 11 digits, possibly formatted 93.05.18-223.61.
  [/\b\d{2}\.?\d{2}\.?\d{2}[-.\s]?\d{3}\.?\d{2}\b/g, '[nrn]'],
  // Local phone numbers: a leading 0, with optional separators.
  [/(?<![\w-])0[1-9]\d{0,2}(?:[\s./-]?\d{2,3}){3}\b/g, '[phone]'],
  // Dates (birth dates): ISO, Belgian notation, and the legacy systems' compact YYYYMMDD.
  [/\b(19|20)\d{2}[-/]\d{2}[-/]\d{2}(?!\d)/g, '[date]'],
  [/\b\d{2}[/.-]\d{2}[/.-](19|20)\d{2}\b/g, '[date]'],
  [/\b(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\b/g, '[date]'],
  // Signed URLs and any relative URL carrying a signature or token.
  [/[?&](sig|signature|token|expires|code|x-amz-[\w-]+)=[^\s&"']+/gi, `?${CENSORED}`],
  // Belgian plates (1-ABC-234, 1ABC234) and VINs.
  [/\b\d-?[A-Z]{3}-?\d{3}\b/g, '[plate]'],
  [/\b[A-HJ-NPR-Z0-9]{17}\b/g, '[vin]'],
  // Street names: Dutch and German ones end in their kind ("Veldstraat 12"), French ones start
  // with it ("Rue de la Loi 16"), and a house number follows.
  [
    /[\p{L}'-]*(?:straat|laan|steenweg|lei|plein|dreef|kaai|weg|markt|strasse|straße)(?![\p{L}])(?:\s+\d+\w?)?/giu,
    '[street]',
  ],
  [/\b(?:Rue|Avenue|Chaussée|Boulevard|Place|Quai|Square|Impasse)\s+(?:[\p{L}'-]+\s+){0,5}\d+\w?/gu, '[street]'],
  // Amounts of money written with their currency.
  [/€\s?\d[\d.,\s]*\d|\b\d[\d.,]*\s?(?:EUR|€)/g, '[amount]'],
];

export function scrubText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

const MAX_DEPTH = 8;

function redactError(error: Error, depth: number): Record<string, unknown> {
  const { code, status } = error as { code?: unknown; status?: unknown };
  const out: Record<string, unknown> = { type: error.name, message: scrubText(error.message) };
  if (typeof code === 'string' || typeof code === 'number') out['code'] = code;
  if (typeof status === 'number') out['status'] = status;
  if (error.stack) out['stack'] = scrubText(error.stack);
  // Other own properties (a pg error's `detail`, a GraphQL error's `extensions`, an HTTP
  // client's `response`) are where echoed values hide: only the cause chain is followed.
  if (error.cause !== undefined) out['cause'] = redactForLog(error.cause, depth + 1);
  if (error instanceof AggregateError) out['errors'] = redactForLog(error.errors, depth + 1);
  return out;
}

/** Deep copy of `value` with sensitive fields censored and free text scrubbed. */
export function redactForLog(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) return '[depth]';
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return redactError(value, depth);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : scrubText(value.toISOString());
  if (value instanceof URL) return scrubText(value.href);
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `[binary ${value.byteLength} bytes]`;
  if (value instanceof Map) return redactForLog(Object.fromEntries(value), depth);
  if (value instanceof Set) return redactForLog([...value], depth);
  if (Array.isArray(value)) return value.map((item) => redactForLog(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = isSensitiveKey(key) && item !== undefined && item !== null ? CENSORED : redactForLog(item, depth + 1);
  }
  return out;
}
