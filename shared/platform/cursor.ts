import { createHmac } from 'node:crypto';
import { readConfig } from '#shared/platform/config';
import { safeEqual } from '#shared/platform/crypto';
import { ValidationError } from '#shared/platform/errors';
import * as z from '#shared/platform/zod';

const config = readConfig(z.object({ CURSOR_SECRET: z.string().min(32) }));

/**
 * Opaque paging cursors: the last evaluated key, base64url JSON, signed with HMAC-SHA256 so a client can
 * neither read a meaning into one nor forge one (a tampered, truncated or foreign cursor answers 422).
 */
const signature = (payload: string) =>
  createHmac('sha256', config.CURSOR_SECRET).update(payload).digest('base64url').slice(0, 32);

export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  if (!key) return undefined;
  const payload = Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
  return `${payload}.${signature(payload)}`;
}

const invalidCursor = () =>
  new ValidationError([{ in: 'query', field: 'cursor', message: 'is not a cursor this API returned' }]);

export function decodeCursor(cursor: string | undefined): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  const [payload, mac, extra] = cursor.split('.');
  if (!payload || !mac || extra !== undefined || !safeEqual(mac, signature(payload))) throw invalidCursor();
  try {
    const key = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
    if (key && typeof key === 'object' && !Array.isArray(key) && Object.values(key).every((v) => typeof v === 'string'))
      return key as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw invalidCursor();
}
