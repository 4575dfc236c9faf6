import { httpHandler, reply, requirePermission } from '#shared/http/handler';
import { invitationForCaller, unknownLink } from '#shared/partners/accept';
import { acceptors } from '#shared/partners/acceptors';
import { invitationPage } from '#shared/partners/invitation-page';
import { getInvitation, settleInvitation, usableInvitationByToken } from '#shared/partners/invitations-store';
import { submitInvitationPage } from '#shared/partners/page-routes';
import { ConflictError, HttpError } from '#shared/platform/errors';
import { csrfPage, outcomePage } from '#shared/platform/pages/outcomes';
import { page, pickLanguage, t } from '#shared/platform/pages/render';
import { csrfFor, csrfValid, sessionMember } from '#shared/platform/pages/session';

/** The answer to an invitation from its page: the same rules as acceptInvitation and declineInvitation. */
export const handler = httpHandler(submitInvitationPage, async ({ body, headers, cookies, correlationId }) => {
  const language = pickLanguage(body.lang, headers['accept-language']);
  if (!csrfValid(cookies, body.csrf)) {
    const refused = csrfPage(language);
    return reply.page(refused.html, refused.status);
  }
  const member = await sessionMember(cookies);
  const self = `/v1/pages/invitation?token=${encodeURIComponent(body.token)}`;
  if (!member) return reply.redirect(`/v1/pages/sign-in?returnTo=${encodeURIComponent(self)}&lang=${language}`);
  const partner = (await usableInvitationByToken(body.token))?.fromName;
  try {
    const invitation = await invitationForCaller(body.token, member);
    if (body.action === 'decline') {
      await settleInvitation(invitation, 'decline', member.userId, correlationId).catch((error: unknown) => {
        throw error instanceof ConflictError ? unknownLink() : error;
      });
      return reply.page(
        page(
          language,
          t(language, 'declinedTitle'),
          `<p>${t(language, 'declinedBody', { partner: invitation.fromName })}</p>`,
        ),
      );
    }
    if (body.consent !== 'yes') {
      const again = await invitationPage({
        token: body.token,
        invitation,
        member,
        language,
        csrf: csrfFor(cookies).token,
        error: t(language, 'consentRequired'),
      });
      return reply.page(again.html, 422);
    }
    requirePermission(member, invitation.kind === 'Reseller' ? 'providers:accept' : 'tenant:manage');
    await acceptors[invitation.kind](invitation, member, correlationId, { adminChoice: body.adminChoice });
    const done =
      invitation.kind === 'Reseller'
        ? t(language, 'doneProvider', { provider: invitation.fromName })
        : t(language, 'doneCustomer');
    const next =
      invitation.kind === 'Reseller'
        ? `/v1/console/indirect-providers?lang=${language}`
        : `/v1/console/partner-relationships?lang=${language}`;
    return reply.page(
      page(
        language,
        t(language, 'doneTitle'),
        `<p>${done}</p><p><a href="${next}">${t(language, 'continueLink')}</a></p>`,
      ),
    );
  } catch (error) {
    if (error instanceof HttpError && error.extensions.adminChoiceRequired) {
      const usable = await usableInvitationByToken(body.token);
      const invitation = usable ? await getInvitation(usable.invitationId) : undefined;
      if (!invitation) throw unknownLink();
      const again = await invitationPage({
        token: body.token,
        invitation,
        member,
        language,
        csrf: csrfFor(cookies).token,
      });
      return reply.page(again.html, 409);
    }
    const outcome = outcomePage(error, language, { email: member.email, partner });
    if (outcome) return reply.page(outcome.html, outcome.status);
    throw error;
  }
});
