import { listMonthRevenue } from '#shared/customers/orders-store';
import { listRevenue } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';

/** A reseller of record's revenue of one month: the month's total and a page of its orders. */
export const handler = httpHandler(listRevenue, async ({ query, caller }) => {
  const page = await listMonthRevenue(caller.organizationId, query.month, query);
  return reply.ok({ month: query.month, ...page });
});
