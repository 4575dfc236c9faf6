import { listOfferRecords } from '#shared/customers/offers-store';
import { listOffers } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';
import { marketOf } from '#shared/partners/regions';
import { ValidationError } from '#shared/platform/errors';

export const handler = httpHandler(listOffers, async ({ query }) => {
  const market = marketOf(query.market);
  if (!market) throw new ValidationError([{ in: 'query', field: 'market', message: 'is not a CSP market' }]);
  const items = (await listOfferRecords())
    .filter((offer) => offer.prices[market.currency] !== undefined)
    .map((offer) => ({
      offerId: offer.offerId,
      name: offer.name,
      unitPrice: offer.prices[market.currency]!,
      currency: market.currency,
    }));
  return reply.ok({ market: market.country, currency: market.currency, items });
});
