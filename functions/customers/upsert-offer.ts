import { putOffers } from '#shared/customers/offers-store';
import { usdRates } from '#shared/customers/catalog';
import { ValidationError } from '#shared/platform/errors';
import { httpHandler, reply } from '#shared/http/handler';
import { upsertOffer } from '#shared/customers/routes';

export const handler = httpHandler(upsertOffer, async ({ body }) => {
  const unknown = Object.keys(body.prices).filter((currency) => usdRates[currency] === undefined);
  if (unknown.length) throw new ValidationError([{ in: 'body', field: 'prices', message: `has currencies without a reference rate: ${unknown.join(', ')}` }]);
  await putOffers([body]);
  return reply.ok(body);
});
