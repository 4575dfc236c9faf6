import { enrollmentTasks } from '#shared/console/enrollment-tasks';
import { consolePage, ct, taskList } from '#shared/console/layout';
import { showDashboard } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { getEnrollmentRecord } from '#shared/enrollment/store';
import { escapeHtml } from '#shared/platform/html';
import { getOrganization } from '#shared/users/organizations-store';
import { isGranted } from '#shared/users/permissions';

/** Dashboard: the programs and their status, the enrollment as a task list, the next action, the reviewer's question. */
export const handler = screen(showDashboard, { permission: 'self:read' }, async ({ requestPath }, ctx) => {
  const [organization, enrollment] = await Promise.all([
    getOrganization(ctx.member.organizationId),
    isGranted(ctx.member, 'enrollment:read') ? getEnrollmentRecord(ctx.member.organizationId) : undefined,
  ]);
  const programs = Object.entries(organization?.programs ?? {});
  const programList = programs.length
    ? `<ul>${programs
        .map(
          ([program, value]) => `<li>${ct(ctx.language, 'programState', { program, state: value?.status ?? '' })}</li>`,
        )
        .join('')}</ul>`
    : `<p>${ct(ctx.language, 'noPrograms')}</p>`;
  let enrollmentPart = '';
  if (enrollment) {
    const { tasks, next, question } = enrollmentTasks(enrollment, ctx.language, ctx.member.adminRole === 'GlobalAdmin');
    enrollmentPart = `<h2>${ct(ctx.language, 'enrollmentHeading')}</h2>
<div class="notice"><h3>${ct(ctx.language, 'nextActionHeading')}</h3><p>${next}</p></div>
${question ? `<h3>${ct(ctx.language, 'questionHeading')}</h3><blockquote>${escapeHtml(question)}</blockquote>` : ''}
${taskList(ctx.language, tasks)}
<p><a href="/v1/console/enrollment">${ct(ctx.language, 'openEnrollment')}</a></p>`;
  } else if (isGranted(ctx.member, 'enrollment:manage') && !programs.some(([p]) => p === 'IndirectReseller')) {
    enrollmentPart = `<h2>${ct(ctx.language, 'enrollmentHeading')}</h2><p><a href="/v1/console/enrollment">${ct(ctx.language, 'startEnrollmentLink')}</a></p>`;
  }
  const title = escapeHtml(organization?.legalName ?? ct(ctx.language, 'dashboardTitle'));
  return consolePage(
    ctx,
    title,
    `<h2>${ct(ctx.language, 'programsHeading')}</h2>${programList}${enrollmentPart}`,
    requestPath,
  );
});
