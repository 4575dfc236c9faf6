import { usdRates } from '#shared/customers/catalog';
import { putOffers } from '#shared/customers/offers-store';
import { upsertOffer } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';
import { ValidationError } from '#shared/platform/errors';

export const handler = httpHandler(upsertOffer, async ({ body }) => {
  const unknown = Object.keys(body.prices).filter((currency) => usdRates[currency] === undefined);
  if (unknown.length)
    throw new ValidationError([
      { in: 'body', field: 'prices', message: `has currencies without a reference rate: ${unknown.join(', ')}` },
    ]);
  await putOffers([body]);
  return reply.ok(body);
});
