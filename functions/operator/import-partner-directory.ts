import { httpHandler, reply } from '../../shared/http/handler';
import { partnerDirectory } from '../../shared/ports/partner-directory';
import { importPartnerDirectory } from '../../shared/routes/operator';

export const handler = httpHandler(importPartnerDirectory, async ({ body }) => reply.ok({ imported: await partnerDirectory.import(body.records) }));
