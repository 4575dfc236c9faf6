import { createHash } from 'node:crypto';
import { PreconditionFailedError, PreconditionRequiredError, ValidationError } from '#shared/platform/errors';

/** The ETag of a versioned resource. */
export const etagOf = (version: number) => `"${version}"`;

/** The ETag of a representation without a version: the body's version when it carries one, else its digest. */
export function etagOfBody(body: string): string {
  const parsed = JSON.parse(body) as { version?: unknown } | null;
  if (parsed && typeof parsed === 'object' && typeof parsed.version === 'number') return etagOf(parsed.version);
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Whether an If-None-Match value (`*`, or a list of tags, weak or strong) names `etag` (weak comparison). */
export function matchesAny(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/** Honours If-Match on an update: 412 when it names a version other than the one read (the write then conditions on it). */
export function requireMatch(headers: Record<string, string | undefined>, version: number, required = false): void {
  const expected = ifMatchVersion(headers, required);
  if (expected !== undefined && expected !== version) throw new PreconditionFailedError();
}

/** The version named by If-Match (`"3"`, `W/"3"` or `3`); 428 when required and absent. */
export function ifMatchVersion(headers: Record<string, string | undefined>, required: boolean): number | undefined {
  const raw = headers['if-match'];
  if (!raw) {
    if (required) throw new PreconditionRequiredError();
    return undefined;
  }
  const match = /^(?:W\/)?"?(\d{1,12})"?$/.exec(raw.trim());
  if (!match)
    throw new ValidationError([{ in: 'header', field: 'if-match', message: 'must be the ETag you read, e.g. "3"' }]);
  return Number(match[1]);
}
