/**
 * Removes personal data (DOMAIN.md, "Never in logs") from anything about to be logged.
 * Two nets: fields are censored by name wherever they sit, and free text (error messages
 * echo values, e.g. PostgreSQL's unique-violation detail) is censored by pattern.
 */

const CENSORED = '[redacted]';

const SENSITIVE_KEY =
  /^(authorization|cookie|set-cookie|x-api-key|password|passwordhash|secret|clientsecret|client_secret|token|accesstoken|access_token|refreshtoken|refresh_token|id_token|activationcode|onetimecode|otp|smscode|nationalregisternumber|nrn|rrn|eidnumber|birthdate|dateofbirth|email|e-mail|mobile|phone|telephone|iban|bic|address|postaladdress|street|housenumber|postcode|city|plate|licenseplate|vin|beneficiaries|beneficiary|reserve|reserveamount|surrendervalue|income|insuredamount|downloadurl|signedurl|variables|body|text|answers|questionnaire)$/i;

const PATTERNS: Array<[RegExp, string]> = [
  // JWTs and other bearer tokens.
  [/\beyJ[\w-]+\.[\w-]+\.[\w-]*/g, '[token]'],
  [/\b(Bearer|Basic)\s+[\w.~+/=-]+/gi, '$1 [token]'],
  // E-mail addresses.
  [/[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(\.[\w-]+)+/g, '[email]'],
  // IBANs (Belgian and foreign), with or without spaces.
  [/\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b/g, '[iban]'],
  // National register numbers: 11 digits, possibly formatted 93.05.18-223.61.
  [/\b\d{2}\.?\d{2}\.?\d{2}[-.\s]?\d{3}\.?\d{2}\b/g, '[nrn]'],
  // Phone numbers: +32 or 0 followed by 8-9 digits with optional separators.
  [/(?:\+|00)\d{2}[\s./-]?\d{1,3}(?:[\s./-]?\d{2,3}){2,4}/g, '[phone]'],
  [/\b0\d{1,3}(?:[\s./-]?\d{2,3}){3}\b/g, '[phone]'],
  // Dates (birth dates): ISO and Belgian notation.
  [/\b(19|20)\d{2}-\d{2}-\d{2}\b/g, '[date]'],
  [/\b\d{2}\/\d{2}\/(19|20)\d{2}\b/g, '[date]'],
  // Signed URLs and any query string carrying a signature or token.
  [/[?&](sig|signature|token|expires|code)=[^\s&"']+/gi, '?[redacted]'],
  // Belgian plates (1-ABC-234) and VINs.
  [/\b\d-[A-Z]{3}-\d{3}\b/g, '[plate]'],
  [/\b[A-HJ-NPR-Z0-9]{17}\b/g, '[vin]'],
];

export function scrubText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

export function isSensitiveKey(key: string): boolean {
  return SENSITIVE_KEY.test(key);
}

/** Deep copy of `value` with sensitive fields censored and free text scrubbed. */
export function redactForLog(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[depth]';
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return { type: value.name, message: scrubText(value.message), code: (value as { code?: unknown }).code, stack: value.stack ? scrubText(value.stack) : undefined };
  }
  if (Array.isArray(value)) return value.map((item) => redactForLog(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = isSensitiveKey(key) && item !== undefined && item !== null ? CENSORED : redactForLog(item, depth + 1);
  }
  return out;
}
