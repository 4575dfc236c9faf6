import { toUsd } from '#shared/customers/catalog';
import { listOfferRecords } from '#shared/customers/offers-store';
import type { NewSubscription, Order, placeOrder } from '#shared/customers/orders-store';
import { type CustomerRelationship, relationshipEntity } from '#shared/customers/relationships-store';
import type { OrderRequest } from '#shared/customers/schemas';
import { type SubscriptionRecord, subscriptionEntity, toSubscription } from '#shared/customers/subscriptions-store';
import { linkKeysBetween, type ProviderLink } from '#shared/partners/links-store';
import { isInRegions, marketOf, regionNames, servedRegions } from '#shared/partners/regions';
import { clock } from '#shared/platform/clock';
import { newId } from '#shared/platform/crypto';
import { ForbiddenError, ValidationError } from '#shared/platform/errors';
import { getMany, keyString } from '#shared/platform/table';
import type * as z from '#shared/platform/zod';
import { type Member, organizationEntity, organizationFromItem } from '#shared/users/organizations-store';

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
  // one round for what the order names: the relationship, both organizations and the subscriptions of added
  // licenses (one BatchGet, whatever the number of lines), beside the catalogue (one small partition)
  const relationshipKey = relationshipEntity.key({ partnerId: caller.organizationId, customerId });
  const submitterKey = organizationEntity.key({ organizationId: caller.organizationId });
  const customerKey = organizationEntity.key({ organizationId: customerId });
  const subscriptionKey = (subscriptionId: string) => subscriptionEntity.key({ customerId, subscriptionId });
  const [found, catalogue] = await Promise.all([
    getMany(
      [
        relationshipKey,
        submitterKey,
        customerKey,
        ...body.lineItems.flatMap((line) => ('offerId' in line ? [] : [subscriptionKey(line.subscriptionId)])),
      ],
      { consistent: true },
    ),
    listOfferRecords(),
  ]);
  const relationship = found.get(keyString(relationshipKey)) as CustomerRelationship | undefined;
  if (relationship?.state !== 'Active')
    throw forbidden(
      'Your organization has no reseller relationship with this customer: invite it first.',
      'resellerRelationship',
    );
  const submitter = organizationFromItem(found.get(keyString(submitterKey)));
  const customer = organizationFromItem(found.get(keyString(customerKey)));
  if (!submitter || !customer) throw forbidden('No reseller relationship with this customer.', 'resellerRelationship');
  // only subscriptions of this reseller of record can be added to: another partner's sales are not ours
  const existing = new Map<string, SubscriptionRecord>();
  for (const line of body.lineItems) {
    if ('offerId' in line) continue;
    const item = found.get(keyString(subscriptionKey(line.subscriptionId)));
    if (item?.resellerOfRecord === relationship.resellerOfRecord)
      existing.set(line.subscriptionId, toSubscription(item));
  }
  const offer = (offerId: string) => catalogue.find((o) => o.offerId === offerId);
  // a second round only for an indirect provider: its link with the reseller of record
  const link =
    relationship.role === 'IndirectProvider'
      ? await getMany(Object.values(linkKeysBetween(relationship.partnerId, relationship.resellerOfRecord)), {
          consistent: true,
        }).then((links) => [...links.values()][0] as ProviderLink | undefined)
      : undefined;
  checkMayOrder(relationship, submitter.programs, link);
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
  const created: NewSubscription[] = [];
  const added: { subscriptionId: string; add: number; maxQuantity: number }[] = [];
  const lines: { subscriptionId: string; offerId: string; quantity: number; unitPrice: number; amount: number }[] = [];

  for (const [index, line] of body.lineItems.entries()) {
    if ('offerId' in line) {
      const offered = offer(line.offerId);
      const unitPrice = offered?.prices[currency];
      if (!offered || unitPrice === undefined)
        throw new ValidationError([
          { in: 'body', field: `lineItems.${index}.offerId`, message: `is not sold in ${customer.country}` },
        ]);
      if (line.quantity > offered.maxQuantity)
        throw new ValidationError([
          { in: 'body', field: `lineItems.${index}.quantity`, message: `must be at most ${offered.maxQuantity}` },
        ]);
      const subscriptionId = newId();
      created.push({
        subscriptionId,
        offerId: offered.offerId,
        offerName: offered.name,
        quantity: line.quantity,
        maxQuantity: offered.maxQuantity,
      });
      lines.push({
        subscriptionId,
        offerId: offered.offerId,
        quantity: line.quantity,
        unitPrice,
        amount: round(unitPrice * line.quantity),
      });
    } else {
      const subscription = existing.get(line.subscriptionId);
      const offered = subscription ? offer(subscription.offerId) : undefined;
      if (!subscription || !offered)
        throw new ValidationError([
          { in: 'body', field: `lineItems.${index}.subscriptionId`, message: 'is not a subscription of this customer' },
        ]);
      const unitPrice = offered.prices[subscription.currency]!;
      added.push({
        subscriptionId: subscription.subscriptionId,
        add: line.addQuantity,
        maxQuantity: offered.maxQuantity,
      });
      lines.push({
        subscriptionId: subscription.subscriptionId,
        offerId: offered.offerId,
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

function checkMayOrder(
  relationship: CustomerRelationship,
  programs: Record<string, { status: string } | undefined>,
  link: ProviderLink | undefined,
): void {
  if (programs.DirectBill?.status === 'Restricted') {
    throw forbidden(
      'Your direct-bill capabilities are restricted: no new purchases for your customers until the requirements are met again (or transition to indirect reseller).',
      'directBillEligibility',
    );
  }
  if (relationship.role === 'IndirectProvider') {
    if (link?.state !== 'Active' || !link.grants.submitOrders) {
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
