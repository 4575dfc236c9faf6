import { type ApplicationRecord, insertApplication, toApplicationView } from '#shared/direct-bill/applications-store';
import { createDirectBillApplication } from '#shared/direct-bill/routes';
import { policyInForce } from '#shared/direct-bill/rules';
import { listPolicies } from '#shared/direct-bill/store';
import { httpHandler, reply } from '#shared/http/handler';
import { clock } from '#shared/platform/clock';
import { newId } from '#shared/platform/crypto';
import { ConflictError } from '#shared/platform/errors';
import { getOrganization } from '#shared/users/organizations-store';

/** The application and its event in one transaction; the outbox starts its workflow, named after it. */
export const handler = httpHandler(createDirectBillApplication, async ({ caller, correlationId }) => {
  const organization = await getOrganization(caller.organizationId);
  if (organization?.programs.DirectBill && organization.programs.DirectBill.status !== 'Ended') {
    throw new ConflictError('Your organization is already a direct-bill partner.', {
      status: organization.programs.DirectBill.status,
    });
  }
  const now = clock.nowIso();
  const applicationId = newId();
  const record: ApplicationRecord = {
    applicationId,
    organizationId: caller.organizationId,
    state: 'EligibilityCheck',
    policyVersion: policyInForce(await listPolicies(), clock.now())!.version,
    executionName: applicationId,
    createdBy: caller.userId,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await insertApplication(record, correlationId);
  return reply.created(toApplicationView(record), '/v1/direct-bill/applications/current');
});
