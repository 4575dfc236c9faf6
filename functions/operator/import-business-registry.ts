import { httpHandler, reply } from '../../shared/http/handler';
import { businessRegistry } from '../../shared/ports/business-registry';
import { importBusinessRegistry } from '../../shared/routes/operator';

export const handler = httpHandler(importBusinessRegistry, async ({ body }) => reply.ok({ imported: await businessRegistry.import(body.records) }));
