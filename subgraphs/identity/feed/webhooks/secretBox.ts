import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/**
 * Webhook secrets as identity stores them. A secret is used to sign every delivery, so it cannot
 * be kept as a hash (as client secrets are): it is sealed with AES-256-GCM under a key derived
 * (HKDF-SHA256) from identity's hashing key, IDENTITY_HASH_KEY. A copy of the database alone
 * reveals no secret; changing the hashing key makes the stored secrets unreadable, and the
 * offices register their webhooks again.
 */
export class WebhookSecretBox {
  private readonly key: Buffer;

  constructor(hashKey: Buffer) {
    if (hashKey.length < 32) throw new Error('The hashing key must be at least 32 bytes.');
    this.key = Buffer.from(hkdfSync('sha256', hashKey, Buffer.alloc(0), 'identity broker webhook secrets', 32));
  }

  /** `v1.<iv>.<tag>.<ciphertext>`, base64url; the office id is bound in, so a sealed secret cannot be moved to another office. */
  seal(secret: string, brokerId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(brokerId));
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  /** The secret, or undefined when it was sealed under another key (or for another office). */
  open(sealed: string, brokerId: string): string | undefined {
    const [version, iv, tag, ciphertext] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || ciphertext === undefined) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(brokerId));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      return undefined;
    }
  }
}
