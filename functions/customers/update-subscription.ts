import { prepareOrder } from '#shared/customers/ordering';
import { placeOrder } from '#shared/customers/orders-store';
import { getRelationship } from '#shared/customers/relationships-store';
import { updateSubscription } from '#shared/customers/routes';
import { changeSubscription, getSubscriptionRecord } from '#shared/customers/subscriptions-store';
import { httpHandler, reply } from '#shared/http/handler';
import { requireMatch } from '#shared/http/versions';
import { ConflictError, ForbiddenError, NotFoundError } from '#shared/platform/errors';

/** Office 365 subscriptions are managed by admin agents (seed 000's note on the helpdesk agent's row). */
const isOffice365 = (offerId: string) => offerId.startsWith('M365-');

/**
 * A partner manages a subscription it sold on the customer's behalf (seed 000: helpdesk and admin agents):
 * more licenses are an order, with its revenue; fewer never drop below those assigned; suspend and reactivate.
 */
export const handler = httpHandler(updateSubscription, async ({ params, body, headers, caller, correlationId }) => {
  const relationship = await getRelationship(caller.organizationId, params.customerId);
  const subscription = await getSubscriptionRecord(params.customerId, params.subscriptionId);
  if (!subscription || subscription.resellerOfRecord !== relationship.resellerOfRecord)
    throw new NotFoundError('No such subscription among your sales to this customer.');
  // the version the client read, when it says so: a change made since is refused, not overwritten
  requireMatch(headers, subscription.version);
  if (isOffice365(subscription.offerId) && caller.agentRole !== 'AdminAgent' && caller.adminRole !== 'GlobalAdmin') {
    throw new ForbiddenError('Office 365 subscriptions are managed by admin agents (seed 000).', {
      missingRole: 'AdminAgent',
    });
  }
  if (body.status !== undefined) {
    if (body.status === subscription.status)
      throw new ConflictError(`The subscription is already ${subscription.status}.`, { status: subscription.status });
    return reply.ok(
      await changeSubscription(subscription, { status: body.status }, caller.organizationId, correlationId),
    );
  }
  const quantity = body.quantity!;
  if (subscription.status !== 'Active')
    throw new ConflictError('Reactivate the subscription before changing its licenses.', {
      status: subscription.status,
    });
  if (quantity === subscription.quantity) return reply.ok(subscription);
  if (quantity < subscription.assigned) {
    throw new ConflictError(
      `${subscription.assigned} licenses are assigned: remove some from users before going below that.`,
      { assigned: subscription.assigned },
    );
  }
  if (quantity < subscription.quantity)
    return reply.ok(await changeSubscription(subscription, { quantity }, caller.organizationId, correlationId));
  // more licenses are a purchase: the order rules apply, and the reseller of record's revenue is recorded
  const { order, changes } = await prepareOrder(caller, params.customerId, {
    lineItems: [{ subscriptionId: subscription.subscriptionId, addQuantity: quantity - subscription.quantity }],
  });
  await placeOrder(order, changes, correlationId);
  return reply.ok({ ...subscription, quantity, version: subscription.version + 1 });
});
