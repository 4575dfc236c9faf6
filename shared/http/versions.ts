import { PreconditionRequiredError, ValidationError } from '#shared/platform/errors';

/** The ETag of a versioned resource. */
export const etagOf = (version: number) => `"${version}"`;

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
