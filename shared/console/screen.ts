import type { ScreenContext } from '#shared/console/layout';
import { consolePage, ct, publicPage } from '#shared/console/layout';
import { httpHandler, type Input, type Reply, reply } from '#shared/http/handler';
import type { Route } from '#shared/http/route';
import { HttpError } from '#shared/platform/errors';
import { escapeHtml } from '#shared/platform/html';
import { csrfPage } from '#shared/platform/pages/outcomes';
import { pickLanguage } from '#shared/platform/pages/render';
import { csrfFor, csrfValid, sessionMember } from '#shared/platform/pages/session';
import type { Language } from '#shared/platform/schemas';
import { grantingRoles, isGranted, type Permission, permissionTable } from '#shared/users/permissions';

type Loose = { lang?: Language; csrf?: string };

/**
 * Wraps a console screen or action: the page session (none: to the sign-in page, coming back here after),
 * the language (chosen, else the user's, else the browser's), CSRF on every post, and the permission of the
 * seed's table, explained on the page when the user's roles do not grant it (the same table as the API).
 */
export function screen<R extends Route>(
  route: R,
  options: { permission: Permission; returnTo?: string },
  fn: (input: Input<R>, ctx: ScreenContext) => Promise<Reply>,
) {
  return httpHandler(route, async (input) => {
    const given = { ...(input.query as Loose | undefined), ...(input.body as Loose | undefined) };
    const member = await sessionMember(input.cookies);
    if (!member) {
      const back = route.method === 'GET' ? input.requestPath : (options.returnTo ?? '/v1/console');
      const language = pickLanguage(given.lang, input.headers['accept-language']);
      return reply.redirect(`/v1/pages/sign-in?returnTo=${encodeURIComponent(back)}&lang=${language}`);
    }
    const language = pickLanguage(given.lang, undefined, member.language);
    if (route.method !== 'GET' && !csrfValid(input.cookies, given.csrf)) {
      const refused = csrfPage(language);
      return reply.page(refused.html, refused.status);
    }
    const csrf = csrfFor(input.cookies);
    const ctx: ScreenContext = { member, language, csrf: csrf.token, cookies: csrf.setCookie ? [csrf.setCookie] : [] };
    if (!isGranted(member, options.permission)) return forbidden(ctx, options.permission, input.requestPath);
    try {
      return await fn(input, ctx);
    } catch (error) {
      // what the API would refuse (no such customer, not now): a page saying so, never problem+json to a person
      if (!(error instanceof HttpError) || !error.expose || error.status >= 500) throw error;
      const body = `<p>${escapeHtml(error.message)}</p><p><a href="/v1/console">${ct(language, 'navDashboard')}</a></p>`;
      return consolePage(ctx, ct(language, 'cannotShowTitle'), body, input.requestPath, error.status);
    }
  });
}

/** The screen a user's roles do not open: which permission it needs, and who grants it. */
function forbidden(ctx: ScreenContext, permission: Permission, path: string): Reply {
  const body = `<p>${ct(ctx.language, 'forbiddenBody', {
    permission: permissionTable[permission].description,
    roles: grantingRoles(permission).join(', '),
  })}</p><p><a href="/v1/console">${ct(ctx.language, 'navDashboard')}</a></p>`;
  return { ...publicPage(ctx.language, ct(ctx.language, 'forbiddenTitle'), body, path, 403), cookies: ctx.cookies };
}
