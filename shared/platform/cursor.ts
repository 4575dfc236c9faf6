import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { readConfig } from '#shared/platform/config';
import { ValidationError } from '#shared/platform/errors';
import * as z from '#shared/platform/zod';

const config = readConfig(z.object({ CURSOR_SECRET: z.string().min(32) }));
const key = createHash('sha256').update(config.CURSOR_SECRET).digest();

/**
 * Opaque paging cursors: the last evaluated key, sealed with AES-256-GCM, so a client can neither read a
 * meaning into one (keys hold ids and lowercased names) nor forge one: a tampered, truncated or foreign cursor
 * answers 422.
 */
export function encodeCursor(lastKey: Record<string, unknown> | undefined): string | undefined {
  if (!lastKey) return undefined;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(lastKey), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

const invalidCursor = () =>
  new ValidationError([{ in: 'query', field: 'cursor', message: 'is not a cursor this API returned' }]);

export function decodeCursor(cursor: string | undefined): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const bytes = Buffer.from(cursor, 'base64url');
    // strict: a character more or less is another cursor, not this one read leniently
    if (bytes.length < 12 + 16 + 2 || bytes.toString('base64url') !== cursor) throw invalidCursor();
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    const plain = Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]);
    const value = JSON.parse(plain.toString('utf8')) as unknown;
    if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.values(value).every((v) => typeof v === 'string')
    )
      return value as Record<string, unknown>;
  } catch {
    // fall through: not ours
  }
  throw invalidCursor();
}
