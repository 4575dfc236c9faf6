import { httpHandler, reply } from '#shared/http/handler';
import { searchDirectory } from '#shared/partners/directory-store';
import { regionOf } from '#shared/partners/regions';
import { searchProviderDirectory } from '#shared/partners/routes';
import { ValidationError } from '#shared/platform/errors';

/** The public directory of indirect providers of a region (or of a country's region), by name, searchable and paged. */
export const handler = httpHandler(searchProviderDirectory, async ({ query }) => {
  const regionId = query.region ?? regionOf(query.country!)?.regionId;
  if (!regionId)
    throw new ValidationError([{ in: 'query', field: 'country', message: 'is not a market of any CSP region' }]);
  const page = await searchDirectory(regionId, query);
  return reply.ok({ region: regionId, items: page.items, nextCursor: page.nextCursor });
});
