import { importPartnerDirectory } from '#shared/enrollment/operator-routes';
import { partnerDirectory } from '#shared/enrollment/partner-directory';
import { httpHandler, reply } from '#shared/http/handler';

export const handler = httpHandler(importPartnerDirectory, async ({ body }) =>
  reply.ok({ imported: await partnerDirectory.import(body.records) }),
);
