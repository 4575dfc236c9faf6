import { consoleForm, consolePage, ct, type FieldError, feedback, type ScreenContext } from '#shared/console/layout';
import type { ConsoleKey } from '#shared/console/messages';
import { type EnrollmentRecord, listEnrollmentsInState } from '#shared/enrollment/store';
import type { Reply } from '#shared/http/handler';
import { formatDate } from '#shared/platform/email/render';
import { escapeHtml } from '#shared/platform/html';

/** The operators' review queue: each enrollment waiting for review, with approve, reject (reason) and ask (question). */
export async function reviewQueueScreen(
  ctx: ScreenContext,
  options: { errors?: FieldError[]; notice?: string; status?: number } = {},
): Promise<Reply> {
  const l = (key: ConsoleKey) => ct(ctx.language, key);
  const [underReview, answered] = await Promise.all([
    listEnrollmentsInState('UnderReview', { limit: 50 }),
    listEnrollmentsInState('InformationProvided', { limit: 50 }),
  ]);
  const waiting = [...underReview.items, ...answered.items].filter((record) => record.waiting?.step === 'Review');
  const item = (record: EnrollmentRecord) => {
    const id = record.enrollmentId;
    const due = record.review?.dueAt ? formatDate(new Date(record.review.dueAt), ctx.language) : '';
    return `<div class="review"><h2 id="r-${id}">${escapeHtml(record.legalProfile?.legalName ?? record.organizationId)}</h2>
<dl class="facts"><dt>${l('contactEmailLabel')}</dt><dd>${escapeHtml(record.primaryContact?.email ?? '')}</dd><dt>${l('partnerIdLabel')}</dt><dd>${escapeHtml(record.partnerId ?? '—')}</dd><dt>${l('colDue')}</dt><dd>${escapeHtml(due)}</dd>${
      record.review?.answer ? `<dt>${l('answerLabel')}</dt><dd>${escapeHtml(record.review.answer)}</dd>` : ''
    }</dl>
${consoleForm(
  ctx,
  `/v1/console/operator/reviews/${id}`,
  `<label for="reason-${id}">${l('reasonLabel')}</label><input type="text" id="reason-${id}" name="reason">
<label for="question-${id}">${l('questionLabel')}</label><input type="text" id="question-${id}" name="question">
<button type="submit" name="decision" value="Approve">${l('approveButton')}</button><button type="submit" name="decision" value="Reject" class="secondary">${l('rejectButton')}</button><button type="submit" name="decision" value="RequestInformation" class="secondary">${l('askButton')}</button>`,
)}</div>`;
  };
  const body = `${feedback(ctx.language, { errors: options.errors ?? [], notice: options.notice })}${
    waiting.length ? waiting.map(item).join('') : `<p>${l('noReviews')}</p>`
  }`;
  return consolePage(ctx, l('reviewsTitle'), body, '/v1/console/operator/reviews', options.status);
}
