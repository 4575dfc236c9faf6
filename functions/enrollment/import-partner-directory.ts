import { httpHandler, reply } from '#shared/http/handler';
import { partnerDirectory } from '#shared/enrollment/partner-directory';
import { importPartnerDirectory } from '#shared/enrollment/operator-routes';

export const handler = httpHandler(importPartnerDirectory, async ({ body }) => reply.ok({ imported: await partnerDirectory.import(body.records) }));
