import { regions, regionsVersion } from '../../shared/domain/regions';
import { httpHandler, reply } from '../../shared/http/handler';
import { listRegions } from '../../shared/routes/partners';

export const handler = httpHandler(listRegions, async () => reply.ok({ version: regionsVersion, regions }));
