import { businessRegistry } from '#shared/enrollment/business-registry';
import { lookupDuns } from '#shared/enrollment/routes';
import { httpHandler, reply } from '#shared/http/handler';
import { NotFoundError } from '#shared/platform/errors';

export const handler = httpHandler(lookupDuns, async ({ params }) => {
  const business = await businessRegistry.lookup(params.dunsNumber);
  if (!business)
    throw new NotFoundError('This DUNS number is not in the business registry: enter the details manually.');
  return reply.ok(business);
});
