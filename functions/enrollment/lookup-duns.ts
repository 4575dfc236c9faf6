import { NotFoundError } from '../../shared/errors';
import { httpHandler, reply } from '../../shared/http/handler';
import { businessRegistry } from '../../shared/ports/business-registry';
import { lookupDuns } from '../../shared/routes/enrollment';

export const handler = httpHandler(lookupDuns, async ({ params }) => {
  const business = await businessRegistry.lookup(params.dunsNumber);
  if (!business) throw new NotFoundError('This DUNS number is not in the business registry: enter the details manually.');
  return reply.ok(business);
});
