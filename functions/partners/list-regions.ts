import { httpHandler, reply } from '#shared/http/handler';
import { regions, regionsVersion } from '#shared/partners/regions';
import { listRegions } from '#shared/partners/routes';

export const handler = httpHandler(listRegions, async () => reply.ok({ items: regions, version: regionsVersion }));
