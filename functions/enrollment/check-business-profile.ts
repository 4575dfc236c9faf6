import { acceptedAddressStatuses, validateAddress } from '#shared/enrollment/address';
import { businessRegistry } from '#shared/enrollment/business-registry';
import { recordOnEnrollment } from '#shared/enrollment/store';
import { checkResult, ExecutionFields, loadEnrollment } from '#shared/enrollment/workflow-context';
import { workflowTask } from '#shared/platform/workflow-task';

/**
 * Business profile: the legal address is validated for its country and, when a DUNS number is given, the
 * registry must know it as an active business. The result goes to the reviewer; it does not decide alone.
 */
export const handler = workflowTask('CheckBusinessProfile', ExecutionFields, async (input) => {
  const { enrollment } = await loadEnrollment(input.organizationId);
  const profile = enrollment.legalProfile!;
  const address = validateAddress(profile.address);
  const notes = [`address ${address.status}`];
  let passed = acceptedAddressStatuses.includes(address.status);
  if (profile.dunsNumber) {
    const business = await businessRegistry.lookup(profile.dunsNumber);
    const known = business?.status === 'Active';
    notes.push(known ? `DUNS ${profile.dunsNumber} active` : `DUNS ${profile.dunsNumber} not found or inactive`);
    passed &&= known;
  }
  const status = passed ? 'Passed' : 'NeedsReview';
  await recordOnEnrollment(input.organizationId, 'recordCheck', {
    checks: { ...enrollment.checks, businessProfile: checkResult(status, notes.join('; ')) },
  });
  return { outcome: status };
});
