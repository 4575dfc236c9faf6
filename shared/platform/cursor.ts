import { ValidationError } from '#shared/platform/errors';

/** Opaque paging cursors: the last evaluated key, base64url-encoded JSON. Clients must not parse them. */
export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key), 'utf8').toString('base64url') : undefined;
}

export function decodeCursor(cursor: string | undefined): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (key && typeof key === 'object' && !Array.isArray(key) && Object.values(key).every((v) => typeof v === 'string'))
      return key as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new ValidationError([{ in: 'query', field: 'cursor', message: 'is not a cursor this API returned' }]);
}
