import { readConfig } from '#shared/platform/config';
import * as z from '#shared/platform/zod';

const config = readConfig(z.object({ PUBLIC_BASE_URL: z.url() }));

/** Links in emails are built from configuration, never from a request's Host header. */
export function publicLink(path: string, query: Record<string, string> = {}): string {
  const url = new URL(path, config.PUBLIC_BASE_URL);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.toString();
}
