import { getPartnerProfile } from '#shared/enrollment/routes';
import { httpHandler, reply } from '#shared/http/handler';
import { NotFoundError } from '#shared/platform/errors';
import { getOrganization } from '#shared/users/organizations-store';

/** Legal and program information (seed 003, step 7): one read of the organization. */
export const handler = httpHandler(getPartnerProfile, async ({ caller }) => {
  const organization = await getOrganization(caller.organizationId);
  if (!organization) throw new NotFoundError();
  const profile = organization.profile as
    | { legalProfile?: unknown; primaryContact?: unknown; support?: unknown }
    | undefined;
  return reply.ok({
    organizationId: organization.organizationId,
    legalName: organization.legalName,
    country: organization.country,
    partnerId: organization.partnerId,
    legalProfile: profile?.legalProfile,
    primaryContact: profile?.primaryContact,
    support: profile?.support,
    programs: organization.programs,
    agreements: organization.agreements ?? [],
  });
});
