import { HttpError } from '#shared/platform/errors';
import { invitationStateWords } from '#shared/platform/pages/messages';
import { page, t } from '#shared/platform/pages/render';
import type { Language } from '#shared/platform/schemas';

/**
 * What a person sees when an action from a page is refused: each domain error as a page in their language.
 * Undecided cases answer undefined (the caller re-renders its form).
 */
export function outcomePage(
  error: unknown,
  language: Language,
  context: { email?: string; partner?: string },
): { html: string; status: number } | undefined {
  if (!(error instanceof HttpError)) return undefined;
  const x = error.extensions as Record<string, unknown>;
  const show = (title: string, body: string, status = error.status) => ({
    html: page(language, title, `<p>${body}</p>`),
    status,
  });
  if (error.status === 410) return show(t(language, 'invalidTitle'), t(language, 'invalidBody'));
  if (x.invitationState) {
    const state = String(x.invitationState);
    return show(
      t(language, 'invitationStateTitle', { state: invitationStateWords[language][state] ?? state }),
      t(language, 'invitationStateBody', { provider: context.partner ?? '' }),
    );
  }
  if (x.reason === 'wrong-account')
    return show(t(language, 'wrongAccountTitle'), t(language, 'wrongAccountBody', { email: context.email ?? '' }));
  if (x.reason === 'not-global-admin' || x.missingPermission || x.missingRole)
    return show(
      t(language, 'notGlobalAdminTitle'),
      t(language, 'notGlobalAdminBody', { email: context.email ?? '' }),
      403,
    );
  if (error.status === 422 && error.message.includes('serve'))
    return show(
      t(language, 'outsideRegionTitle'),
      t(language, 'outsideRegionBody', { partner: context.partner ?? '' }),
    );
  if (x.enrollmentState || x.missing === 'partnerId')
    return show(t(language, 'agreementNotReadyTitle'), t(language, 'agreementNotReadyBody'), 409);
  return undefined;
}

export const csrfPage = (language: Language) => ({
  html: page(language, t(language, 'csrfTitle'), `<p>${t(language, 'csrfBody')}</p>`),
  status: 403,
});
