import { listMonthRevenue } from '#shared/customers/orders-store';
import { listRevenue } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';

/** A reseller of record's revenue of one month. */
export const handler = httpHandler(listRevenue, async ({ query, caller }) => {
  const items = await listMonthRevenue(caller.organizationId, query.month);
  const totalUsd = Math.round(items.reduce((sum, o) => sum + Number(o.usd), 0) * 100) / 100;
  return reply.ok({ month: query.month, totalUsd, items });
});
