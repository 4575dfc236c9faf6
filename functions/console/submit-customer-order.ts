import { customerScreen } from '#shared/console/customer-screen';
import { ct, errorsOf, type FieldError } from '#shared/console/layout';
import { consoleMessages } from '#shared/console/messages';
import { submitCustomerOrder } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { prepareOrder } from '#shared/customers/ordering';
import { placeOrder } from '#shared/customers/orders-store';
import { OrderRequest } from '#shared/customers/schemas';
import { validate } from '#shared/http/request';
import { ConflictError } from '#shared/platform/errors';
import { replayOf, requestKey, storeResponse, withRequestKey } from '#shared/platform/idempotency';
import { KeyAlreadyUsed } from '#shared/platform/request-key';
import type * as z from '#shared/platform/zod';

/** The form's names for the API's fields: the line chosen and its quantity. */
const formField = (field: string) =>
  /quantity$/i.test(field) ? 'quantity' : /offerId$|subscriptionId$/.test(field) ? 'line' : field;

/**
 * An order on behalf of the customer (the API's rules, in `prepareOrder`). Each rendered form carries its own
 * key, written with the order in its one transaction: the same form sent again (a double click, a resend
 * after a timeout, the back button) finds the key and says the order is already placed, never a second one.
 */
export const handler = screen(
  submitCustomerOrder,
  { permission: 'orders:submit', returnTo: '/v1/console/customers' },
  async ({ params, body, correlationId, log }, ctx) => {
    const l = (key: Parameters<typeof ct>[1], values?: Record<string, string>) => ct(ctx.language, key, values);
    const values = { line: body.line, quantity: body.quantity };
    try {
      const match = /^(offer|subscription):(.+)$/.exec(body.line ?? '');
      const quantity = Number(body.quantity?.trim() || Number.NaN);
      const line =
        match?.[1] === 'subscription'
          ? { subscriptionId: match[2], addQuantity: quantity }
          : { offerId: match?.[2] ?? '', quantity };
      const request = validate(OrderRequest, { lineItems: [line] }, 'body') as z.output<typeof OrderRequest>;
      const key = body.orderKey
        ? requestKey(`console-order|${ctx.member.userId}`, body.orderKey, params.customerId)
        : undefined;
      const already = () => customerScreen(ctx, params.customerId, { notice: l('orderAlreadyPlaced') });
      if (
        key &&
        (await replayOf(key).catch((error: unknown) => {
          if (error instanceof ConflictError) return { statusCode: 409 };
          throw error;
        }))
      )
        return already();
      const { order, changes } = await prepareOrder(ctx.member, params.customerId, request);
      try {
        await (key
          ? withRequestKey(key, () => placeOrder(order, changes, correlationId))
          : placeOrder(order, changes, correlationId));
      } catch (error) {
        if (error instanceof KeyAlreadyUsed) return already();
        throw error;
      }
      if (key) await storeResponse(key, { statusCode: 201, body: JSON.stringify({ orderId: order.orderId }) }, log);
      const total = new Intl.NumberFormat(ctx.language, { style: 'currency', currency: order.currency }).format(
        order.total,
      );
      return customerScreen(ctx, params.customerId, { notice: l('orderPlaced', { total }) });
    } catch (error) {
      const m = consoleMessages[ctx.language];
      const errors: FieldError[] = errorsOf(error, {
        'lineItems.0.quantity': m.quantityLabel,
        'lineItems.0.addQuantity': m.quantityLabel,
        'lineItems.0.offerId': m.orderLineLabel,
        'lineItems.0.subscriptionId': m.orderLineLabel,
      }).map((e) => ({ ...e, field: formField(e.field) }));
      return customerScreen(ctx, params.customerId, { errors, values, status: 422 });
    }
  },
);
