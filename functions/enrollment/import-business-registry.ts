import { businessRegistry } from '#shared/enrollment/business-registry';
import { importBusinessRegistry } from '#shared/enrollment/operator-routes';
import { httpHandler, reply } from '#shared/http/handler';

export const handler = httpHandler(importBusinessRegistry, async ({ body }) =>
  reply.ok({ imported: await businessRegistry.import(body.records) }),
);
