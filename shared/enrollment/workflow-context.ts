import { type EnrollmentRecord, getEnrollmentRecord } from '#shared/enrollment/store';
import { clock } from '#shared/platform/clock';
import * as z from '#shared/platform/zod';
import { getOrganization, type Organization } from '#shared/users/organizations-store';

/** The fields every task receives from the execution input. */
export const ExecutionFields = z.object({
  organizationId: z.string(),
  enrollmentId: z.string(),
  correlationId: z.string().optional(),
});

/** The enrollment and its organization, read consistently: a step acts on what is stored, not on the execution's copy. */
export async function loadEnrollment(
  organizationId: string,
): Promise<{ enrollment: EnrollmentRecord; organization: Organization }> {
  const [enrollment, organization] = await Promise.all([
    getEnrollmentRecord(organizationId, true),
    getOrganization(organizationId),
  ]);
  if (!enrollment || !organization) throw new Error(`enrollment of ${organizationId} not found`);
  return { enrollment, organization };
}

export const checkResult = (status: string, detail?: string) => ({
  status,
  ...(detail ? { detail } : {}),
  checkedAt: clock.nowIso(),
});
