import { linkPartnerIdNow } from '#shared/enrollment/partner-id-control';
import { activateExistingPartner } from '#shared/enrollment/start';
import { type EmailProof, restoreEmailProofItem, useEmailProofItem } from '#shared/identity/proofs-store';
import { Password } from '#shared/identity/schemas';
import { getPendingSignUp } from '#shared/identity/sign-up-store';
import { createIdentity, deleteIdentity, setPermanentPassword } from '#shared/platform/aws/identity';
import { newId, newTemporaryPassword } from '#shared/platform/crypto';
import { DependencyError, invalidLinkError, ValidationError } from '#shared/platform/errors';
import type { Logger } from '#shared/platform/logger';
import type { Language } from '#shared/platform/schemas';
import { confirmMemberEmail, getMember } from '#shared/users/members-store';
import {
  createOrganizationWithAdmin,
  deleteOrganizationWithAdmin,
  getOrganization,
} from '#shared/users/organizations-store';
import { founderRoles } from '#shared/users/roles';

export interface Confirmed {
  email: string;
  organizationId: string;
  userId?: string;
  partnerId?: string;
  signedUp: boolean;
}

/** The password a proof link asks for, checked against the rules (422 naming the field). */
export function chosenPassword(proof: EmailProof, password: string | undefined): string | undefined {
  if (!proof.choosePassword) return undefined;
  const parsed = Password.safeParse(password ?? '');
  if (parsed.success) return parsed.data;
  throw new ValidationError([
    { in: 'body', field: 'password', message: password ? parsed.error.issues[0]!.message : 'is required' },
  ]);
}

/**
 * Uses a proof link. A sign-up's creates the organization and its global admin (the table first, then the
 * identity, undone if the identity provider fails); an added user's claims the address for that user, after
 * setting the password the user chose when the link asks for one.
 */
export async function confirmEmailAddress(
  token: string,
  proof: EmailProof,
  password: string | undefined,
  context: { correlationId: string; log: Logger },
): Promise<Confirmed> {
  const chosen = chosenPassword(proof, password);
  const use = { item: useEmailProofItem(token), error: invalidLinkError };
  if (proof.purpose === 'SignUp') {
    const signUp = await getPendingSignUp(proof.subjectId);
    if (!signUp) throw invalidLinkError();
    const userId = newId();
    const organizationId = newId();
    const { admin } = signUp;
    await createOrganizationWithAdmin(
      { organizationId, legalName: signUp.organization.legalName, country: signUp.organization.country },
      { userId, email: admin.email, fullName: admin.fullName, language: admin.language, ...founderRoles },
      context.correlationId,
      use,
    );
    try {
      await createIdentity({
        userId,
        email: admin.email,
        temporaryPassword: newTemporaryPassword(),
        permanentPassword: chosen,
      });
    } catch (error) {
      context.log.warn('identity creation failed: releasing the sign-up', { error });
      await deleteOrganizationWithAdmin(organizationId, userId, admin.email, [restoreEmailProofItem(token)]);
      await deleteIdentity(userId).catch((cleanup: Error) =>
        context.log.warn('orphan identity left for cleanup', { userId, error: cleanup.message }),
      );
      throw new DependencyError('Creating the user', error);
    }
    return { email: admin.email, organizationId, userId, signedUp: true };
  }
  if (proof.purpose === 'PartnerId') {
    // the directory contact confirmed: the PartnerID is linked now, under the rule as it stands now
    if (!proof.partnerId || !proof.enrollmentId) throw invalidLinkError();
    if (proof.activation) {
      const organization = await getOrganization(proof.subjectId);
      if (!organization) throw invalidLinkError();
      const { support, requestedBy } = proof.activation;
      const start = { enrollmentId: proof.enrollmentId, partnerId: proof.partnerId, support };
      await activateExistingPartner(organization, start, requestedBy, context.correlationId, [use.item]);
      return { email: proof.email, organizationId: proof.subjectId, partnerId: proof.partnerId, signedUp: false };
    }
    await linkPartnerIdNow(proof.subjectId, proof.enrollmentId, proof.partnerId, context.correlationId, {
      extra: [use.item],
    });
    return { email: proof.email, organizationId: proof.subjectId, partnerId: proof.partnerId, signedUp: false };
  }
  const member = await getMember(proof.subjectId);
  if (member?.status !== 'active' || member.email !== proof.email) throw invalidLinkError();
  // a password reset is the same proof with a password always chosen: the mailbox's owner sets a new one, and
  // every token issued before is refused (tokensNotBefore), so a session of whoever knew the old one ends
  // the password first: if the claim then fails, the user still holds a password only it knows
  if (chosen) await setPermanentPassword(member.userId, chosen);
  await confirmMemberEmail(member, use.item, chosen !== undefined, context.correlationId);
  return { email: member.email, organizationId: member.organizationId, userId: member.userId, signedUp: false };
}

/** Who a proof link is for: the organization it names, and the language its pages speak. */
export async function proofSubject(
  purpose: EmailProof['purpose'],
  subjectId: string,
): Promise<{ organization: string; language: Language } | undefined> {
  if (purpose === 'SignUp') {
    const signUp = await getPendingSignUp(subjectId);
    return signUp && { organization: signUp.organization.legalName, language: signUp.admin.language };
  }
  if (purpose === 'PartnerId') {
    const organization = await getOrganization(subjectId);
    return organization && { organization: organization.legalName, language: organization.language ?? 'en' };
  }
  const member = await getMember(subjectId);
  const organization = member && (await getOrganization(member.organizationId));
  return member && organization ? { organization: organization.legalName, language: member.language } : undefined;
}
