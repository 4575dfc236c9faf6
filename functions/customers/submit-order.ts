import { prepareOrder } from '#shared/customers/ordering';
import { placeOrder } from '#shared/customers/orders-store';
import { submitOrder } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';

/** Orders new subscriptions or more licenses for a customer (the rules are in `shared/customers/ordering.ts`). */
export const handler = httpHandler(submitOrder, async ({ params, body, caller, correlationId }) => {
  const { order, changes } = await prepareOrder(caller, params.customerId, body);
  await placeOrder(order, changes, correlationId);
  return reply.created(order, `/v1/customers/${params.customerId}/orders/${order.orderId}`);
});
