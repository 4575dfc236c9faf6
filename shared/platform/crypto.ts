import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/** A new opaque identifier. */
export const newId = (): string => randomUUID();

/** 256 bits from the CSPRNG, URL-safe. Emailed links carry this; only its hash is stored. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of a token, hex. Tokens have 256 bits of entropy, so an unsalted fast hash is sufficient. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A temporary password that satisfies the user pool policy (upper, lower, digit, symbol, length 16). */
export function newTemporaryPassword(): string {
  const body = randomBytes(12).toString('base64url').replace(/[-_]/g, 'x');
  return `${body}Aa7!`;
}
