import { OrganizationIdParams, ProgramRegistration, RegisterExistingPartnerRequest } from '#shared/enrollment/schemas';
import { defineRoute } from '#shared/http/route';

export const registerExistingPartner = defineRoute({
  operationId: 'registerExistingPartner',
  method: 'POST',
  path: '/v1/operator/organizations/{organizationId}/programs',
  summary:
    'Record that an organization is already an active partner in another program role (e.g. an indirect provider), imported from another channel.',
  tag: 'Operations',
  handler: 'functions/partners/register-existing-partner.ts',
  auth: 'user',
  permission: 'operator:reference-data',
  request: { params: OrganizationIdParams, body: RegisterExistingPartnerRequest },
  responses: {
    200: { description: 'Recorded.', body: ProgramRegistration },
    404: { description: 'No such organization.' },
  },
  grants: { table: 'readWrite' },
});
