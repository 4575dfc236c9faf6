import { httpHandler, reply } from '#shared/http/handler';
import { regionIds } from '#shared/partners/regions';
import { getServiceHealth } from '#shared/service-health/routes';
import { serviceProducts } from '#shared/service-health/schemas';
import { listLatestIncidents } from '#shared/service-health/store';

/** Each product in each region is healthy unless an incident that is not resolved touches it. */
export const handler = httpHandler(getServiceHealth, async ({ query }) => {
  const incidents = await listLatestIncidents();
  const products = query.product ? [query.product] : serviceProducts;
  const regions = query.region ? [query.region] : regionIds;
  const services = products.flatMap((product) =>
    regions.map((region) => {
      const open = incidents.filter(
        (i) => i.status !== 'Resolved' && i.product === product && i.regions.includes(region),
      );
      return {
        product,
        region,
        status: open.length ? ('Degraded' as const) : ('Healthy' as const),
        incidents: open.map((i) => i.incidentId),
      };
    }),
  );
  const relevant = incidents
    .filter((i) => products.includes(i.product) && i.regions.some((r) => regions.includes(r)))
    .map(({ version: _v, ...incident }) => incident);
  return reply.ok({ services, incidents: relevant });
});
