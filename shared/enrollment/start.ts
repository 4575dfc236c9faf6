import { partnerDirectory } from '#shared/enrollment/partner-directory';
import { requirePartnerIdFor } from '#shared/enrollment/partner-id';
import { maskEmail, partnerIdControlItems, requestPartnerIdControl } from '#shared/enrollment/partner-id-control';
import { reapplyAfterRejectionDays } from '#shared/enrollment/rules';
import type { CreateEnrollmentRequest, SupportDetails } from '#shared/enrollment/schemas';
import {
  type EnrollmentRecord,
  getEnrollmentRecord,
  insertEnrollment,
  mayApplyAgainAt,
} from '#shared/enrollment/store';
import { proofLifetimeHours } from '#shared/identity/proofs-store';
import { clock } from '#shared/platform/clock';
import { newId } from '#shared/platform/crypto';
import { ConflictError, type FieldIssue, NotFoundError, ValidationError } from '#shared/platform/errors';
import type { TransactItem } from '#shared/platform/table';
import type * as z from '#shared/platform/zod';
import type { Member } from '#shared/users/members-store';
import {
  getOrganization,
  isActivePartner,
  type Organization,
  partnerIdOwner,
  setAgentRoleItem,
  setProgramItem,
} from '#shared/users/organizations-store';

/**
 * Writes the enrollment and its event in one transaction. For a new partner the stream consumer then starts
 * the workflow, named after the enrollment: a replayed event cannot start a second one, and "stored but not
 * started" cannot happen. An organization already active in another program role gives support details
 * only and is active at once, without a second review (seed 003, first note).
 */
export async function startEnrollment(
  body: z.output<typeof CreateEnrollmentRequest>,
  caller: Member,
  correlationId: string,
) {
  const organization = await getOrganization(caller.organizationId);
  if (!organization) throw new NotFoundError('The organization does not exist.');
  const now = clock.nowIso();
  const enrollmentId = newId();
  const base = {
    enrollmentId,
    organizationId: caller.organizationId,
    program: 'IndirectReseller' as const,
    partnerId: body.partnerId ?? organization.partnerId,
    support: body.support,
    createdBy: caller.userId,
    createdAt: now,
    updatedAt: now,
    version: 1,
    attempt: 1,
    executionName: enrollmentId,
  };

  if (isActivePartner(organization) && !body.legalProfile && !body.primaryContact) {
    // an existing partner gives support details only, but its PartnerID passes the same rule as anyone's
    if (!base.partnerId) {
      throw new ValidationError([
        {
          in: 'body',
          field: 'partnerId',
          message: 'is required: link the PartnerID of your location (seed 003, step 4)',
        },
      ]);
    }
    await requirePartnerIdFor(organization, base.partnerId);
    const contact = await directoryContactToAsk(base.partnerId, organization.organizationId);
    if (!contact)
      return namingExisting(organization.organizationId, () =>
        activateExistingPartner(organization, base, caller.userId, correlationId),
      );
    // another's PartnerID is proven by its directory contact first: only the question is written now, and
    // the program is active when that mailbox confirms (`activateExistingPartner` with the link's use)
    const existing = await getEnrollmentRecord(organization.organizationId, true);
    if (existing) throw alreadyEnrolled(existing);
    await requestPartnerIdControl(base, base.partnerId, contact, correlationId, {
      support: body.support,
      requestedBy: caller.userId,
    });
    return {
      status: 'ConfirmationSent' as const,
      partnerId: base.partnerId,
      sentTo: maskEmail(contact),
      expiresInHours: proofLifetimeHours.PartnerId,
    };
  }

  const missing: FieldIssue[] = [];
  if (!body.legalProfile)
    missing.push({
      in: 'body',
      field: 'legalProfile',
      message: 'is required for an organization that is not yet a partner',
    });
  if (!body.primaryContact)
    missing.push({
      in: 'body',
      field: 'primaryContact',
      message: 'is required for an organization that is not yet a partner',
    });
  if (missing.length) throw new ValidationError(missing);
  if (body.legalProfile!.address.country !== organization.country) {
    throw new ValidationError([
      {
        in: 'body',
        field: 'legalProfile.address.country',
        message: `must be the organization’s country (${organization.country})`,
      },
    ]);
  }
  const record: EnrollmentRecord = {
    ...base,
    state: 'EmailVerificationPending',
    legalProfile: body.legalProfile,
    primaryContact: body.primaryContact,
  };
  const claim = body.partnerId ? [await requirePartnerIdFor(organization, body.partnerId)] : [];
  // a PartnerID whose directory names a contact waits for that mailbox: the enrollment starts without it
  const contact = body.partnerId ? await directoryContactToAsk(body.partnerId, organization.organizationId) : undefined;
  if (body.partnerId && contact) {
    record.partnerId = organization.partnerId;
    record.partnerIdConfirmation = { partnerId: body.partnerId, sentTo: maskEmail(contact), requestedAt: now };
  }
  const extra = contact ? partnerIdControlItems(record, body.partnerId!, contact, correlationId) : claim;
  // the verification link goes to an address the caller typed: it counts against the daily mail caps
  await namingExisting(organization.organizationId, () =>
    insertEnrollment(record, correlationId, 'EnrollmentStarted', extra, body.primaryContact?.email),
  );
  return record;
}

/** The 409 for a second enrollment names the first, so another admin can find it (getCurrentEnrollment). */
const alreadyEnrolled = (existing: EnrollmentRecord) => {
  const again = mayApplyAgainAt(existing);
  return new ConflictError(
    again
      ? `This organization’s enrollment was rejected; it may apply again from ${again.slice(0, 10)} (${reapplyAfterRejectionDays} days after the decision).`
      : `This organization already has an indirect reseller enrollment (${existing.state}): read it with getCurrentEnrollment.`,
    {
      enrollmentId: existing.enrollmentId,
      state: existing.state,
      current: '/v1/enrollments/current',
      ...(again ? { mayApplyAgainAt: again } : {}),
    },
  );
};

/** A write refused because the organization already has an enrollment answers the 409 that names it. */
async function namingExisting<T>(organizationId: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const existing = await getEnrollmentRecord(organizationId, true);
    throw existing ? alreadyEnrolled(existing) : error;
  }
}

/**
 * The program of an organization already active in another role, with its PartnerID (the rule checked again,
 * and claimed) and support details: Active at once, the enrolling user its admin agent. `extra` is the use of
 * the directory contact's link when that mailbox had to confirm the PartnerID first.
 */
export async function activateExistingPartner(
  organization: Organization,
  start: { enrollmentId: string; partnerId?: string; support?: SupportDetails },
  userId: string,
  correlationId: string,
  extra: TransactItem[] = [],
): Promise<EnrollmentRecord> {
  const now = clock.nowIso();
  const record: EnrollmentRecord = {
    enrollmentId: start.enrollmentId,
    organizationId: organization.organizationId,
    program: 'IndirectReseller',
    partnerId: start.partnerId,
    support: start.support,
    createdBy: userId,
    createdAt: now,
    updatedAt: now,
    version: 1,
    attempt: 1,
    executionName: start.enrollmentId,
    state: 'Active',
    activatedAt: now,
  };
  const claim = await requirePartnerIdFor(organization, start.partnerId!);
  await insertEnrollment(record, correlationId, 'EnrollmentActivated', [
    claim,
    setProgramItem(organization.organizationId, 'IndirectReseller', 'Active', {
      partnerId: record.partnerId,
      profile: { ...organization.profile, support: start.support },
    }),
    setAgentRoleItem(userId, 'AdminAgent'),
    ...extra,
  ]);
  return record;
}

/** The directory contact to ask before a PartnerID counts: none when it names none, or the organization owns it. */
async function directoryContactToAsk(partnerId: string, organizationId: string): Promise<string | undefined> {
  const [record, owner] = await Promise.all([partnerDirectory.find(partnerId), partnerIdOwner(partnerId)]);
  return record?.contactEmail && owner !== organizationId ? record.contactEmail : undefined;
}
