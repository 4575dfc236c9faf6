import {
  consoleForm,
  consolePage,
  ct,
  type FieldError,
  feedback,
  input,
  radios,
  type ScreenContext,
  word,
} from '#shared/console/layout';
import { type ConsoleKey, consoleMessages, stateWords } from '#shared/console/messages';
import { listRelationships } from '#shared/customers/relationships-store';
import type { Reply } from '#shared/http/handler';
import { formatDateTime } from '#shared/platform/email/render';
import { escapeHtml } from '#shared/platform/html';
import { isGranted } from '#shared/users/permissions';
import { serviceRequestFor } from '#shared/users/service-requests';
import {
  listComments,
  listServiceRequestRecords,
  type ServiceRequestRecord,
} from '#shared/users/service-requests-store';

interface Options {
  errors?: FieldError[];
  notice?: string;
  status?: number;
  values?: Record<string, string | undefined>;
}

const top = (ctx: ScreenContext, options: Options) => feedback(ctx.language, options);

/** Service requests: those the user's roles cover (platform tickets, customer requests), and the form to open one. */
export async function serviceRequestsScreen(ctx: ScreenContext, options: Options = {}): Promise<Reply> {
  const l = (key: ConsoleKey) => ct(ctx.language, key);
  const m = consoleMessages[ctx.language];
  const categories: ServiceRequestRecord['category'][] = [];
  if (isGranted(ctx.member, 'support:partner')) categories.push('Platform');
  if (isGranted(ctx.member, 'support:customers')) categories.push('Customer');
  const [requests, customers] = await Promise.all([
    listServiceRequestRecords(ctx.member.organizationId, { limit: 50, categories }),
    categories.includes('Customer') ? listRelationships(ctx.member.organizationId, { limit: 100 }) : undefined,
  ]);
  const names = new Map((customers?.items ?? []).map((c) => [c.customerId, c.customerName]));
  const rows = requests.items
    .map(
      (r) =>
        `<tr><td><a href="/v1/console/service-requests/${r.serviceRequestId}">${escapeHtml(r.title)}</a></td><td>${escapeHtml(
          r.category === 'Customer' ? (names.get(r.customerId ?? '') ?? m.categoryCustomer) : m.categoryPlatform,
        )}</td><td>${word(ctx.language, r.severity)}</td><td>${word(ctx.language, r.status)}</td><td>${escapeHtml(formatDateTime(new Date(r.createdAt), ctx.language))}</td></tr>`,
    )
    .join('');
  const table = requests.items.length
    ? `<table><thead><tr><th scope="col">${l('colTitle')}</th><th scope="col">${l('colCategory')}</th><th scope="col">${l('colSeverity')}</th><th scope="col">${l('colStatus')}</th><th scope="col">${l('colOpened')}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p>${l('noRequests')}</p>`;
  const values = options.values ?? {};
  const errors = options.errors ?? [];
  const choices = categories.map((category) => ({
    value: category,
    label: category === 'Platform' ? m.categoryPlatform : m.categoryCustomer,
  }));
  const customerSelect = customers
    ? `<label for="customerId">${l('customerLabel')}</label><select id="customerId" name="customerId"><option value="">${l('noneOption')}</option>${customers.items
        .map(
          (c) =>
            `<option value="${c.customerId}"${values.customerId === c.customerId ? ' selected' : ''}>${escapeHtml(c.customerName)}</option>`,
        )
        .join('')}</select>`
    : '';
  const severities = ['Critical', 'High', 'Moderate', 'Low']
    .map(
      (s) =>
        `<option value="${s}"${(values.severity ?? 'Moderate') === s ? ' selected' : ''}>${word(ctx.language, s)}</option>`,
    )
    .join('');
  const open = `<h2>${l('openRequestHeading')}</h2>${consoleForm(
    ctx,
    '/v1/console/service-requests',
    `${radios({ name: 'category', legend: m.categoryLegend, choices, value: values.category ?? categories[0] })}${customerSelect}${input({ name: 'title', label: m.titleLabel, value: values.title, errors })}<label for="description">${l('descriptionLabel')}</label><textarea id="description" name="description" rows="6">${escapeHtml(values.description ?? '')}</textarea><label for="severity">${l('severityLabel')}</label><select id="severity" name="severity">${severities}</select><button type="submit">${l('openRequestButton')}</button>`,
  )}`;
  return consolePage(
    ctx,
    l('serviceRequestsTitle'),
    `${top(ctx, options)}${table}${open}`,
    '/v1/console/service-requests',
    options.status,
  );
}

/** One request as the user's side sees it: details, the conversation, a comment, and the moves it may make now. */
export async function serviceRequestScreen(
  ctx: ScreenContext,
  serviceRequestId: string,
  options: Options = {},
): Promise<Reply> {
  const l = (key: ConsoleKey, values?: Record<string, string>) => ct(ctx.language, key, values);
  const m = consoleMessages[ctx.language];
  const { record, side, yourActions } = await serviceRequestFor(ctx.member, serviceRequestId);
  const comments = await listComments(record.serviceRequestId, { limit: 100 });
  const path = `/v1/console/service-requests/${record.serviceRequestId}`;
  const facts = `<dl class="facts"><dt>${l('colStatus')}</dt><dd>${word(ctx.language, record.status)}</dd><dt>${l('colSeverity')}</dt><dd>${word(ctx.language, record.severity)}</dd><dt>${l('colOpened')}</dt><dd>${escapeHtml(formatDateTime(new Date(record.createdAt), ctx.language))}</dd></dl><p>${l('yourSideLabel', { side: stateWords[ctx.language][side.side] ?? side.side })}</p><p>${escapeHtml(record.description)}</p>`;
  const conversation = `<h2>${l('commentsHeading')}</h2>${
    comments.items.length
      ? `<ol class="comments">${comments.items
          .map(
            (c) =>
              `<li><p><strong>${escapeHtml(c.authorName)}</strong> (${word(ctx.language, c.side)}, ${escapeHtml(formatDateTime(new Date(c.createdAt), ctx.language))})</p><p>${escapeHtml(c.text)}</p></li>`,
          )
          .join('')}</ol>`
      : `<p>${l('noComments')}</p>`
  }`;
  const comment =
    record.status === 'Closed'
      ? ''
      : consoleForm(
          ctx,
          `${path}/comments`,
          `<label for="text">${l('commentLabel')}</label><textarea id="text" name="text" rows="4"></textarea><button type="submit">${l('commentButton')}</button>`,
        );
  const moves = yourActions.length
    ? consoleForm(
        ctx,
        `${path}/status`,
        yourActions
          .map(
            (action) =>
              `<button type="submit" name="action" value="${action}" class="secondary">${escapeHtml(m[`move_${action}`])}</button>`,
          )
          .join(''),
      )
    : '';
  const back = side.side === 'Customer' ? '/v1/console/partner-relationships' : '/v1/console/service-requests';
  return consolePage(
    ctx,
    escapeHtml(record.title),
    `${top(ctx, options)}${facts}${moves}${conversation}${comment}<p><a href="${back}">${l('backToRequests')}</a></p>`,
    path,
    options.status,
  );
}
