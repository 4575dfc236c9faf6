import { transitionEnrollment } from '#shared/enrollment/store';
import { ExecutionFields, loadEnrollment } from '#shared/enrollment/workflow-context';
import { clock } from '#shared/platform/clock';
import { workflowTask } from '#shared/platform/workflow-task';
import { claimPartnerIdItem, getMember, setAgentRoleItem, setProgramItem } from '#shared/users/organizations-store';

/**
 * Who joins the admin agent group: the user who enrolled or, if an admin removed that user meanwhile, the global
 * admin who signed the agreement. Activation never depends on one user still existing: with neither, the
 * program is active and the organization's global admins assign roles themselves.
 */
async function adminAgentOf(organizationId: string, candidates: (string | undefined)[]): Promise<string | undefined> {
  for (const userId of candidates) {
    if (!userId) continue;
    const member = await getMember(userId);
    if (member?.organizationId === organizationId && member.status === 'active') return userId;
  }
  return undefined;
}

/**
 * Activation: the indirect reseller program status becomes Active on the organization's legal and program
 * information, the user who enrolled joins the admin agent group (seed 003, step 8), and a welcome email
 * goes out. One transaction.
 */
export const handler = workflowTask('Activate', ExecutionFields, async (input) => {
  const { enrollment } = await loadEnrollment(input.organizationId);
  if (enrollment.state === 'Active') return { outcome: 'Active' };
  const adminAgent = await adminAgentOf(input.organizationId, [enrollment.createdBy, enrollment.agreement?.signerId]);
  await transitionEnrollment({
    organizationId: input.organizationId,
    move: 'activate',
    change: { set: { activatedAt: clock.nowIso() } },
    extra: [
      setProgramItem(input.organizationId, 'IndirectReseller', 'Active', {
        partnerId: enrollment.partnerId,
        profile: {
          legalProfile: enrollment.legalProfile,
          primaryContact: enrollment.primaryContact && {
            fullName: enrollment.primaryContact.fullName,
            email: enrollment.primaryContact.email,
          },
          support: enrollment.support,
        },
        agreement: enrollment.agreement,
      }),
      ...(adminAgent ? [setAgentRoleItem(adminAgent, 'AdminAgent')] : []),
      // claimed when it was linked; claimed again here, so activation can never take another's PartnerID
      ...(enrollment.partnerId ? [claimPartnerIdItem(enrollment.partnerId, input.organizationId)] : []),
    ],
    event: { type: 'EnrollmentActivated', payload: { enrollmentId: input.enrollmentId } },
    correlationId: input.correlationId,
  });
  return { outcome: 'Active' };
});
