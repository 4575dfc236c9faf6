import { httpHandler, reply } from '#shared/http/handler';
import { clock } from '#shared/platform/clock';
import { newId } from '#shared/platform/crypto';
import { ConflictError, NotFoundError } from '#shared/platform/errors';
import { recordServiceIncident } from '#shared/service-health/routes';
import { getIncident, type IncidentRecord, saveIncident } from '#shared/service-health/store';

/** An operator opens an incident, or moves it on (Investigating, Mitigating, Resolved). */
export const handler = httpHandler(recordServiceIncident, async ({ body }) => {
  const now = clock.nowIso();
  const existing = body.incidentId ? await getIncident(body.incidentId) : undefined;
  if (body.incidentId && !existing) throw new NotFoundError('No such incident.');
  if (existing?.status === 'Resolved')
    throw new ConflictError('The incident is resolved: open a new one.', { status: existing.status });
  const incident: IncidentRecord = {
    incidentId: existing?.incidentId ?? newId(),
    product: body.product,
    regions: body.regions,
    title: body.title,
    status: body.status,
    startedAt: existing?.startedAt ?? now,
    updatedAt: now,
    ...(body.status === 'Resolved' ? { resolvedAt: now } : {}),
    version: (existing?.version ?? 0) + 1,
  };
  await saveIncident(incident, existing?.version);
  const { version: _v, ...view } = incident;
  return reply.ok(view);
});
