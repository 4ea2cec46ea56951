import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt's cost parameters: N = 2^logN, block size r, parallelism p. */
export interface PasswordHashCost {
  logN: number;
  r: number;
  p: number;
}

/**
 * Password hashing with scrypt (node's crypto, no native add-on). N=2^15, r=8, p=3 is one of
 * OWASP's equivalent minimum settings; the parameters are stored with each hash, so they can
 * be raised later without invalidating existing hashes.
 */
export const PASSWORD_HASH_COST: Readonly<PasswordHashCost> = Object.freeze({ logN: 15, r: 8, p: 3 });
let current: Readonly<PasswordHashCost> = PASSWORD_HASH_COST;

/**
 * Sets the cost of the hashes this process makes from now on (and of the decoy check); checks
 * read each stored hash's own parameters. Only tests call it, to spend milliseconds instead of a
 * quarter second of CPU per registration and sign-in; production code never calls it and
 * hashes at PASSWORD_HASH_COST.
 */
export function setPasswordHashCost(cost: Readonly<PasswordHashCost>): void {
  current = Object.freeze({ ...cost });
  decoy = undefined;
}

const KEY_LENGTH = 32;
const SALT_BYTES = 16;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

function derive(password: string, salt: Buffer, params: { logN: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** params.logN, r: params.r, p: params.p, maxmem: 256 * 1024 * 1024 };
  return new Promise((resolve, reject) => {
    // NFKC so the same password typed on another keyboard or OS hashes the same.
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** Length in characters as a person counts them (code points), not UTF-16 units. */
export function passwordLength(password: string): number {
  return [...password].length;
}

export async function hashPassword(password: string, cost: Readonly<PasswordHashCost> = current): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.logN, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

const STORED = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/;

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = STORED.exec(stored);
  if (!match) {
    // Not a hash (an account without a password): spend the same time, then refuse.
    await derive(password, randomBytes(SALT_BYTES), current);
    return false;
  }
  const [, logN, r, p, salt, expected] = match;
  const expectedKey = Buffer.from(expected ?? '', 'base64');
  const key = await derive(password, Buffer.from(salt ?? '', 'base64'), {
    logN: Number(logN),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expectedKey.length && timingSafeEqual(key, expectedKey);
}

/**
 * A hash of a random password nobody knows. Checking a password against it for an unknown
 * e-mail address costs what a real check costs, so the answer's timing does not tell whether
 * the address has an account.
 */
let decoy: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(32).toString('base64'));
  return decoy;
}
