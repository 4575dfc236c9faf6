import { httpHandler, reply } from '#shared/http/handler';
import { escapeHtml } from '#shared/platform/html';
import { page } from '#shared/platform/pages/render';
import { problemTypes } from '#shared/platform/problem-types';
import { getProblemType } from '#shared/platform/routes';

/** Resolves a problem's `type` URI to a page for the developer who met it (RFC 9457 §3.1.1). */
export const handler = httpHandler(getProblemType, async ({ params }) => {
  const type = problemTypes[params.problemType];
  return reply.page(
    page(
      'en',
      `${escapeHtml(type.title)} (${type.status})`,
      `<p><code>${escapeHtml(params.problemType)}</code></p>
<h2>What it means</h2><p>${escapeHtml(type.meaning)}</p>
<h2>What to do</h2><p>${escapeHtml(type.action)}</p>
<p>Every problem carries a <code>correlationId</code>: quote it to support, it finds the request’s logs.</p>`,
    ),
  );
});
