import { defineRoute } from '#shared/http/route';
import { Incident, RecordIncidentRequest, ServiceHealth, ServiceHealthQuery } from '#shared/service-health/schemas';

export const getServiceHealth = defineRoute({
  operationId: 'getServiceHealth',
  method: 'GET',
  path: '/v1/service-health',
  summary: 'The health of cloud services by product and region, with the latest incidents (seed 000).',
  tag: 'Support',
  handler: 'functions/service-health/get-service-health.ts',
  auth: 'user',
  permission: 'health:read',
  request: { query: ServiceHealthQuery },
  responses: { 200: { description: 'Each product in each region, healthy or degraded.', body: ServiceHealth } },
  grants: { table: 'read' },
});

export const recordServiceIncident = defineRoute({
  operationId: 'recordServiceIncident',
  method: 'POST',
  path: '/v1/operator/service-incidents',
  summary: 'Open a service incident for a product in regions, or update one (its status, until Resolved).',
  tag: 'Operations',
  handler: 'functions/service-health/record-service-incident.ts',
  auth: 'user',
  permission: 'operator:operations',
  request: { body: RecordIncidentRequest },
  responses: {
    200: { description: 'The incident as recorded.', body: Incident },
    404: { description: 'No such incident to update.' },
    409: { description: 'A resolved incident is not reopened (open a new one), or it changed meanwhile.' },
  },
  grants: { table: 'readWrite' },
});
