import { partnerDirectory } from '#shared/enrollment/partner-directory';
import { requirePartnerIdFor } from '#shared/enrollment/partner-id';
import { maskEmail, partnerIdControlItems } from '#shared/enrollment/partner-id-control';
import type { CreateEnrollmentRequest } from '#shared/enrollment/schemas';
import { type EnrollmentRecord, insertEnrollment } from '#shared/enrollment/store';
import { clock } from '#shared/platform/clock';
import { newId } from '#shared/platform/crypto';
import { type FieldIssue, NotFoundError, ValidationError } from '#shared/platform/errors';
import type * as z from '#shared/platform/zod';
import type { Member } from '#shared/users/members-store';
import {
  getOrganization,
  isActivePartner,
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
    const claim = await requirePartnerIdFor(organization, base.partnerId);
    const record: EnrollmentRecord = { ...base, state: 'Active', activatedAt: now };
    await insertEnrollment(record, correlationId, 'EnrollmentActivated', [
      claim,
      setProgramItem(caller.organizationId, 'IndirectReseller', 'Active', {
        partnerId: record.partnerId,
        profile: { ...organization.profile, support: body.support },
      }),
      setAgentRoleItem(caller.userId, 'AdminAgent'),
    ]);
    return record;
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
  await insertEnrollment(record, correlationId, 'EnrollmentStarted', extra, body.primaryContact?.email);
  return record;
}

/** The directory contact to ask before a PartnerID counts: none when it names none, or the organization owns it. */
async function directoryContactToAsk(partnerId: string, organizationId: string): Promise<string | undefined> {
  const [record, owner] = await Promise.all([partnerDirectory.find(partnerId), partnerIdOwner(partnerId)]);
  return record?.contactEmail && owner !== organizationId ? record.contactEmail : undefined;
}
