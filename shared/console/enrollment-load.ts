import type { ScreenContext } from '#shared/console/layout';
import { getEnrollmentRecord } from '#shared/enrollment/store';
import { NotFoundError } from '#shared/platform/errors';
import { getOrganization } from '#shared/users/organizations-store';

/** The organization and its enrollment (read consistently: a screen after an action shows its outcome). */
export async function loadEnrollment(ctx: ScreenContext) {
  const [organization, record] = await Promise.all([
    getOrganization(ctx.member.organizationId),
    getEnrollmentRecord(ctx.member.organizationId, true),
  ]);
  if (!organization) throw new NotFoundError();
  return { organization, record };
}
