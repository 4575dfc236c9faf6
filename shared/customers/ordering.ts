import { toUsd } from '#shared/customers/catalog';
import { getOfferRecord } from '#shared/customers/offers-store';
import type { NewSubscription, Order, placeOrder } from '#shared/customers/orders-store';
import { type CustomerRelationship, getRelationship } from '#shared/customers/relationships-store';
import type { OrderRequest } from '#shared/customers/schemas';
import { listSubscriptionRecords } from '#shared/customers/subscriptions-store';
import { getLinkBetween } from '#shared/partners/links-store';
import { isInRegions, marketOf, regionNames, servedRegions } from '#shared/partners/regions';
import { clock } from '#shared/platform/clock';
import { newId } from '#shared/platform/crypto';
import { ForbiddenError, HttpError, ValidationError } from '#shared/platform/errors';
import type * as z from '#shared/platform/zod';
import type { Member } from '#shared/users/organizations-store';
import { getOrganization } from '#shared/users/organizations-store';

/**
 * Orders on behalf of customers: who may order, in which market and currency, at which price. Who may order
 * (seed 000): a partner with a reseller relationship with the customer; for an indirect reseller's customer,
 * its indirect provider (which needs its own relationship, from a combined invitation) submits, and the
 * reseller is reseller of record. A restricted direct-bill partner may not make new purchases (seed 001).
 * The order is then recorded in one transaction by `placeOrder`.
 */
export async function prepareOrder(
  caller: Member,
  customerId: string,
  body: z.output<typeof OrderRequest>,
): Promise<{ order: Order; changes: Parameters<typeof placeOrder>[1] }> {
  const params = { customerId };
  const relationship = await getRelationship(caller.organizationId, params.customerId).catch((error: unknown) => {
    if (error instanceof HttpError && error.status === 404)
      throw forbidden(
        'Your organization has no reseller relationship with this customer: invite it first.',
        'resellerRelationship',
      );
    throw error;
  });
  const [submitter, customer] = await Promise.all([
    getOrganization(caller.organizationId),
    getOrganization(params.customerId),
  ]);
  if (!submitter || !customer) throw forbidden('No reseller relationship with this customer.', 'resellerRelationship');
  await checkMayOrder(relationship, submitter.programs);
  const served = servedRegions(submitter, relationship.role);
  if (!isInRegions(customer.country, served)) {
    throw new ValidationError([
      {
        in: 'path',
        field: 'customerId',
        message: `the customer is in ${customer.country}, outside the regions you serve as ${relationship.role === 'IndirectProvider' ? 'an indirect provider' : 'a reseller'} (${regionNames(served)})`,
      },
    ]);
  }
  const currency = marketOf(customer.country)!.currency;
  const now = clock.nowIso();
  const orderId = newId();
  // only subscriptions of this reseller of record can be added to: another partner's sales are not ours
  const existing = new Map(
    (await listSubscriptionRecords(params.customerId, relationship)).map((s) => [s.subscriptionId, s]),
  );
  const created: NewSubscription[] = [];
  const added: { subscriptionId: string; add: number; maxQuantity: number }[] = [];
  const lines: { subscriptionId: string; offerId: string; quantity: number; unitPrice: number; amount: number }[] = [];

  for (const [index, line] of body.lineItems.entries()) {
    if ('offerId' in line) {
      const offer = await getOfferRecord(line.offerId);
      const unitPrice = offer?.prices[currency];
      if (!offer || unitPrice === undefined)
        throw new ValidationError([
          { in: 'body', field: `lineItems.${index}.offerId`, message: `is not sold in ${customer.country}` },
        ]);
      if (line.quantity > offer.maxQuantity)
        throw new ValidationError([
          { in: 'body', field: `lineItems.${index}.quantity`, message: `must be at most ${offer.maxQuantity}` },
        ]);
      const subscriptionId = newId();
      created.push({
        subscriptionId,
        offerId: offer.offerId,
        offerName: offer.name,
        quantity: line.quantity,
        maxQuantity: offer.maxQuantity,
      });
      lines.push({
        subscriptionId,
        offerId: offer.offerId,
        quantity: line.quantity,
        unitPrice,
        amount: round(unitPrice * line.quantity),
      });
    } else {
      const subscription = existing.get(line.subscriptionId);
      const offer = subscription ? await getOfferRecord(subscription.offerId) : undefined;
      if (!subscription || !offer)
        throw new ValidationError([
          { in: 'body', field: `lineItems.${index}.subscriptionId`, message: 'is not a subscription of this customer' },
        ]);
      const unitPrice = offer.prices[subscription.currency]!;
      added.push({
        subscriptionId: subscription.subscriptionId,
        add: line.addQuantity,
        maxQuantity: offer.maxQuantity,
      });
      lines.push({
        subscriptionId: subscription.subscriptionId,
        offerId: offer.offerId,
        quantity: line.addQuantity,
        unitPrice,
        amount: round(unitPrice * line.addQuantity),
      });
    }
  }
  const total = round(lines.reduce((sum, line) => sum + line.amount, 0));
  const order: Order = {
    orderId,
    customerId,
    submittedBy: caller.organizationId,
    resellerOfRecord: relationship.resellerOfRecord,
    currency,
    total,
    totalUsd: toUsd(total, currency),
    lineItems: lines,
    createdAt: now,
  };
  return { order, changes: { created, added } };
}

const forbidden = (detail: string, missing: string) => new ForbiddenError(detail, { missing });

/**
 * Orders new subscriptions or more licenses. Who may order (seed 000): a partner with a reseller
 * relationship with the customer; for an indirect reseller's customer, its indirect provider (which needs
 * its own relationship, from a combined invitation) submits, and the reseller is reseller of record. A
 * restricted direct-bill partner may not make new purchases (seed 001). The order, its subscriptions and the
 * revenue of the reseller of record are one transaction.
 */
const round = (n: number) => Math.round(n * 100) / 100;

async function checkMayOrder(
  relationship: CustomerRelationship,
  programs: Record<string, { status: string } | undefined>,
): Promise<void> {
  if (programs.DirectBill?.status === 'Restricted') {
    throw forbidden(
      'Your direct-bill capabilities are restricted: no new purchases for your customers until the requirements are met again (or transition to indirect reseller).',
      'directBillEligibility',
    );
  }
  if (relationship.role === 'IndirectProvider') {
    const link = await getLinkBetween(relationship.partnerId, relationship.resellerOfRecord);
    if (link?.link.state !== 'Active' || !link.link.grants.submitOrders) {
      throw forbidden(
        'Your link with the reseller of record is not active (or does not allow orders).',
        'providerLink',
      );
    }
    return;
  }
  if (programs.DirectBill?.status === 'Active' || programs.IndirectProvider?.status === 'Active') return;
  throw forbidden(
    'An indirect reseller’s orders are submitted by its indirect provider, which needs its own reseller relationship with the customer (send a combined invitation).',
    'providerRelationship',
  );
}
