import { checkPartnerId, partnerDirectory, partnerIdCheckMessages } from '#shared/enrollment/partner-directory';
import { recordOnEnrollment } from '#shared/enrollment/store';
import { checkResult, ExecutionFields, loadEnrollment } from '#shared/enrollment/workflow-context';
import { workflowTask } from '#shared/platform/workflow-task';

/**
 * PartnerID: exists in the partner directory, is active, and is located in the organization's country.
 * A missing or invalid PartnerID does not stop the review: it can be linked later (linkPartnerId), but the
 * agreement cannot be signed until it is valid (seed 003).
 */
export const handler = workflowTask('CheckPartnerId', ExecutionFields, async (input) => {
  const { enrollment, organization } = await loadEnrollment(input.organizationId);
  const record = enrollment.partnerId ? await partnerDirectory.find(enrollment.partnerId) : undefined;
  const status = checkPartnerId(record, enrollment.partnerId, organization.country);
  const detail = status === 'Valid' ? undefined : partnerIdCheckMessages[status];
  await recordOnEnrollment(input.organizationId, 'recordCheck', {
    checks: { ...enrollment.checks, partnerId: checkResult(status, detail) },
  });
  return { outcome: status };
});
