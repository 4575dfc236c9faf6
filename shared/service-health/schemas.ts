import { RegionId } from '#shared/partners/schemas';
import { Id } from '#shared/platform/schemas';
import * as z from '#shared/platform/zod';

export const serviceProducts = ['Microsoft365', 'Azure'] as const;
export const incidentStatuses = ['Investigating', 'Mitigating', 'Resolved'] as const;

export const ServiceHealthQuery = z.object({
  region: RegionId.optional(),
  product: z.enum(serviceProducts).optional(),
});

export const Incident = z
  .object({
    incidentId: Id,
    product: z.enum(serviceProducts),
    regions: z.array(z.string()),
    title: z.string(),
    status: z.enum(incidentStatuses),
    startedAt: z.string(),
    updatedAt: z.string(),
    resolvedAt: z.string().optional(),
  })
  .meta({ id: 'ServiceIncident' });

export const ServiceHealth = z.object({
  services: z.array(
    z.object({
      product: z.enum(serviceProducts),
      region: z.string(),
      status: z.enum(['Healthy', 'Degraded']),
      incidents: z.array(z.string()).meta({ description: 'The open incidents behind a degraded status.' }),
    }),
  ),
  incidents: z.array(Incident).meta({ description: 'The latest incidents, open and resolved, newest first.' }),
});

export const RecordIncidentRequest = z.strictObject({
  incidentId: Id.optional().meta({ description: 'To update an incident; omit to open one.' }),
  product: z.enum(serviceProducts),
  regions: z.array(RegionId).min(1),
  title: z.string().trim().min(3).max(200),
  status: z.enum(incidentStatuses),
});
