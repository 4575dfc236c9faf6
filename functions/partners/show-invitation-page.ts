import { httpHandler, reply } from '#shared/http/handler';
import { invitationPage } from '#shared/partners/invitation-page';
import { usableInvitationByToken } from '#shared/partners/invitations-store';
import { showInvitationPage } from '#shared/partners/routes';
import { page, pickLanguage, t } from '#shared/platform/pages/render';
import { csrfFor, sessionMember } from '#shared/platform/pages/session';

/** Opening an invitation link changes nothing: the page shows who invites and exactly what they would hold. */
export const handler = httpHandler(showInvitationPage, async ({ query, headers, cookies }) => {
  const invitation =
    query.token && /^[A-Za-z0-9_-]{16,128}$/.test(query.token) ? await usableInvitationByToken(query.token) : undefined;
  const language = pickLanguage(query.lang, headers['accept-language'], invitation?.language);
  const csrf = csrfFor(cookies);
  const set = csrf.setCookie ? [csrf.setCookie] : [];
  if (!invitation)
    return reply.page(page(language, t(language, 'invalidTitle'), `<p>${t(language, 'invalidBody')}</p>`), 410, set);
  const rendered = await invitationPage({
    token: query.token!,
    invitation,
    member: await sessionMember(cookies),
    language,
    csrf: csrf.token,
  });
  return reply.page(rendered.html, rendered.status, set);
});
