/**
 * Cross-origin access for browser clients on other domains (a distributor's portal): one policy, applied by API
 * Gateway's HTTP API CORS in AWS (`infra/constructs/api.ts`) and by the local gateway the same way. Origins come
 * from configuration (`-c corsOrigins=...` for CDK, `CORS_ORIGINS` locally): comma-separated, exact matches.
 */
export const corsPolicy = {
  allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match', 'if-none-match', 'x-correlation-id'],
  exposeHeaders: ['etag', 'location', 'retry-after', 'x-correlation-id'],
  maxAgeSeconds: 600,
} as const;

export function parseCorsOrigins(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => /^https?:\/\/[^/\s]+$/.test(origin));
}
