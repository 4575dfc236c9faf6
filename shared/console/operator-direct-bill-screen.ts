import { consoleForm, consolePage, ct, type FieldError, feedback, type ScreenContext } from '#shared/console/layout';
import type { ConsoleKey } from '#shared/console/messages';
import { type ApplicationRecord, listApplicationsInState } from '#shared/direct-bill/applications-store';
import type { Reply } from '#shared/http/handler';
import { formatDate } from '#shared/platform/email/render';
import { escapeHtml } from '#shared/platform/html';
import { getOrganization } from '#shared/users/organizations-store';

/** The operators' direct-bill queue: applications waiting for a credit check or an assessment, passed or failed. */
export async function operatorDirectBillScreen(
  ctx: ScreenContext,
  options: { errors?: FieldError[]; notice?: string; status?: number } = {},
): Promise<Reply> {
  const l = (key: ConsoleKey, values?: Record<string, string>) => ct(ctx.language, key, values);
  const [credit, assessment] = await Promise.all([
    listApplicationsInState('AwaitingCreditCheck'),
    listApplicationsInState('AwaitingAssessment'),
  ]);
  const names = new Map(
    await Promise.all(
      [...credit, ...assessment].map(
        async (a) =>
          [a.organizationId, (await getOrganization(a.organizationId))?.legalName ?? a.organizationId] as const,
      ),
    ),
  );
  const item = (application: ApplicationRecord, check: 'CreditCheck' | 'Assessment') => {
    const id = application.organizationId;
    const since = application.waiting?.since ?? application.updatedAt;
    const assessor =
      check === 'Assessment'
        ? `<label for="assessor-${id}">${l('assessorLabel')}</label><input type="text" id="assessor-${id}" name="assessor">`
        : '';
    return `<div class="review"><h3>${escapeHtml(names.get(id) ?? id)}</h3><p class="hint">${l('waitingSince', {
      date: formatDate(new Date(since), ctx.language),
    })}</p>${consoleForm(
      ctx,
      `/v1/console/operator/direct-bill/${id}`,
      `${assessor}<button type="submit" name="result" value="passed">${l('passedButton')}</button><button type="submit" name="result" value="failed" class="secondary">${l('failedButton')}</button>`,
      { check },
    )}</div>`;
  };
  const section = (heading: ConsoleKey, items: ApplicationRecord[], check: 'CreditCheck' | 'Assessment') =>
    `<h2>${l(heading)}</h2>${items.length ? items.map((a) => item(a, check)).join('') : `<p>${l('noApplicationsWaiting')}</p>`}`;
  const body = `${feedback(ctx.language, { errors: options.errors ?? [], notice: options.notice })}${section('awaitingCreditCheckHeading', credit, 'CreditCheck')}${section('awaitingAssessmentHeading', assessment, 'Assessment')}`;
  return consolePage(ctx, l('operatorDirectBillTitle'), body, '/v1/console/operator/direct-bill', options.status);
}
