import {
  consoleForm,
  consolePage,
  ct,
  errorSummary,
  errorsOf,
  type FieldError,
  input,
  radios,
  type ScreenContext,
  type TaskStatus,
  taskList,
} from '#shared/console/layout';
import { applicationStateWords, type ConsoleKey, consoleMessages, stateWords } from '#shared/console/messages';
import { type EligibilityAnswer, eligibilityOf } from '#shared/direct-bill/actions';
import {
  type ApplicationRecord,
  type ApplicationState,
  finalApplicationStates,
  getApplication,
} from '#shared/direct-bill/applications-store';
import { attestationNames, gateKinds } from '#shared/direct-bill/rules';
import { type DirectBillProfile, getProfile, listPolicies } from '#shared/direct-bill/store';
import { getTransition, type TransitionRecord } from '#shared/direct-bill/transitions-store';
import { findAgreement } from '#shared/enrollment/agreements';
import type { Reply } from '#shared/http/handler';
import { linkView, listLinks } from '#shared/partners/links-store';
import { formatDate } from '#shared/platform/email/render';
import { NotFoundError } from '#shared/platform/errors';
import { escapeHtml } from '#shared/platform/html';

export interface DirectBillScreenOptions {
  policyVersion?: string;
  errors?: FieldError[];
  notice?: string;
  status?: number;
  values?: Record<string, string | undefined>;
}

const steps: ConsoleKey[] = [
  'taskGate',
  'taskCreditCheck',
  'taskSupportPlan',
  'taskAssessment',
  'taskDecision',
  'taskDirectBillAgreement',
  'taskDirectBillActive',
];

/** Where each state stands among the seed's steps: the step it is at and that step's status (those before are done). */
const position: Partial<Record<ApplicationState, [number, TaskStatus]>> = {
  EligibilityCheck: [0, 'progress'],
  AwaitingCreditCheck: [1, 'progress'],
  CreditCheckPassed: [2, 'progress'],
  AwaitingSupportPlan: [2, 'action'],
  SupportPlanRecorded: [3, 'progress'],
  AwaitingAssessment: [3, 'progress'],
  Assessed: [4, 'progress'],
  Approved: [5, 'progress'],
  AwaitingAgreement: [5, 'action'],
  AgreementSigned: [6, 'progress'],
  Active: [6, 'done'],
  Ineligible: [0, 'stopped'],
  CreditCheckFailed: [1, 'stopped'],
  Rejected: [4, 'stopped'],
};

/**
 * Direct-bill (seed 001): the eligibility explained criterion by criterion with a what-if against another version,
 * the attestations, the application as a task list (the support plan only after the credit check passed), the
 * annual re-evaluation's status and, for a restricted partner, the transition checklist.
 */
export async function directBillScreen(ctx: ScreenContext, options: DirectBillScreenOptions = {}): Promise<Reply> {
  const l = (key: ConsoleKey, values?: Record<string, string>) => ct(ctx.language, key, values);
  const organizationId = ctx.member.organizationId;
  const errors = [...(options.errors ?? [])];
  const [evaluation, policies, application, profile, transition] = await Promise.all([
    eligibilityOf(organizationId, options.policyVersion).catch((error: unknown) => {
      if (!(error instanceof NotFoundError)) throw error;
      errors.push({ field: 'policyVersion', message: error.message });
      return eligibilityOf(organizationId);
    }),
    listPolicies(),
    getApplication(organizationId),
    getProfile(organizationId),
    getTransition(organizationId).catch((error: unknown) => {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }),
  ]);
  const whatIf = `<form method="get" action="/v1/console/direct-bill"><input type="hidden" name="lang" value="${ctx.language}"><label for="policyVersion">${l('whatIfLabel')}</label><select id="policyVersion" name="policyVersion">${policies
    .map(
      (p) =>
        `<option value="${escapeHtml(p.version)}"${p.version === evaluation.policyVersion ? ' selected' : ''}>${escapeHtml(p.version)}</option>`,
    )
    .join('')}</select><button type="submit" class="secondary">${l('whatIfButton')}</button></form>`;
  const body = [
    errorSummary(ctx.language, errors),
    options.notice ? `<div class="notice" role="status">${options.notice}</div>` : '',
    `<h2>${l('applicationHeading')}</h2>`,
    applicationSection(ctx, application),
    `<h2>${l('eligibilityHeading')}</h2>`,
    `<p>${l('eligibilityIntro', { version: evaluation.policyVersion })} ${l(evaluation.eligible ? 'eligibleYes' : gatePassed(evaluation) ? 'eligibleToApply' : 'eligibleNo')}</p>`,
    whatIf,
    criteriaTable(ctx, evaluation),
    attestationForm(ctx, profile.attestations ?? {}, options.values ?? {}, errors),
    profile.status
      ? `<h2>${l('reevaluationHeading')}</h2><p>${l('reevaluationStatus', {
          status: stateWords[ctx.language][profile.status] ?? profile.status,
          date: profile.nextReviewDue ? formatDate(new Date(profile.nextReviewDue), ctx.language) : '—',
        })}</p>${
          profile.status === 'Restricted' && profile.restrictionReasons?.length
            ? `<p>${l('restrictedBecause', { reasons: profile.restrictionReasons.join('; ') })}</p>`
            : ''
        }`
      : '',
    await transitionSection(ctx, transition, evaluation),
  ].join('');
  return consolePage(ctx, l('directBillTitle'), body, '/v1/console/direct-bill', options.status);
}

/** The criteria checked when applying (the others come with the application). */
const gatePassed = (evaluation: EligibilityAnswer) =>
  evaluation.criteria.filter((c) => gateKinds.includes(c.kind)).every((c) => c.passed);

function criteriaTable(ctx: ScreenContext, evaluation: EligibilityAnswer): string {
  const l = (key: ConsoleKey) => ct(ctx.language, key);
  const rows = evaluation.criteria
    .map(
      (c) =>
        `<tr><td>${escapeHtml(c.description)}</td><td><strong class="tag ${c.passed ? 'done' : ''}">${l(c.passed ? 'criterionMet' : 'criterionNotMet')}</strong></td><td>${escapeHtml(c.missing ?? '')}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th scope="col">${l('colRequirement')}</th><th scope="col">${l('colResult')}</th><th scope="col">${l('colMissing')}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The attestations still missing, one form: which requirement, and the statement recorded with the name and time. */
function attestationForm(
  ctx: ScreenContext,
  attested: DirectBillProfile['attestations'],
  values: Record<string, string | undefined>,
  errors: FieldError[],
): string {
  const l = (key: ConsoleKey) => ct(ctx.language, key);
  const open = attestationNames.filter((name) => !attested[name]);
  if (open.length === 0) return '';
  return `<h2>${l('attestHeading')}</h2>${consoleForm(
    ctx,
    '/v1/console/direct-bill/attestations',
    `${radios({
      name: 'attestation',
      legend: consoleMessages[ctx.language].attestationLabel,
      choices: open.map((name) => ({ value: name, label: consoleMessages[ctx.language][`attest_${name}`] })),
      value: values.attestation ?? open[0],
    })}${input({ name: 'statement', label: consoleMessages[ctx.language].statementLabel, hint: consoleMessages[ctx.language].statementHint, value: values.statement, errors })}<button type="submit">${l('attestButton')}</button>`,
  )}`;
}

function applicationSection(ctx: ScreenContext, application: ApplicationRecord | undefined): string {
  const l = (key: ConsoleKey, values?: Record<string, string>) => ct(ctx.language, key, values);
  const apply = `<p>${l('applyIntro')}</p>${consoleForm(
    ctx,
    '/v1/console/direct-bill/application',
    `<button type="submit">${l('applyButton')}</button>`,
  )}`;
  if (!application) return apply;
  const at = position[application.state];
  const ended =
    application.state !== 'Active' && finalApplicationStates.includes(application.state)
      ? `<p>${l('applicationEnded', { state: applicationStateWords[ctx.language][application.state] ?? application.state })}</p>`
      : '';
  if (!at) return `${ended}${apply}`;
  const [index, status] = at;
  const tasks = steps.map((key, i) => ({
    label: consoleMessages[ctx.language][key],
    status: (i < index ? 'done' : i === index ? status : 'cannot') as TaskStatus,
    detail:
      key === 'taskCreditCheck' && i >= index
        ? l('creditCheckDetail')
        : key === 'taskSupportPlan' && i > index
          ? l('supportPlanWait')
          : key === 'taskAssessment' && i >= index
            ? l('assessmentDetail')
            : undefined,
  }));
  const waiting = application.waiting
    ? `<p class="hint">${l('waitingSince', { date: formatDate(new Date(application.waiting.since), ctx.language) })}</p>`
    : '';
  const supportPlan =
    application.state === 'AwaitingSupportPlan'
      ? consoleForm(
          ctx,
          '/v1/console/direct-bill/support-plan',
          `${radios({
            name: 'plan',
            legend: consoleMessages[ctx.language].supportPlanLegend,
            choices: [
              { value: 'AdvancedSupportForPartners', label: consoleMessages[ctx.language].planAdvanced },
              { value: 'PremierSupportForPartners', label: consoleMessages[ctx.language].planPremier },
            ],
            value: 'AdvancedSupportForPartners',
          })}<button type="submit">${l('supportPlanButton')}</button>`,
        )
      : '';
  const agreement = findAgreement('DirectBillAgreement', 'current')!;
  const sign =
    application.state === 'AwaitingAgreement'
      ? `<p>${l('signDirectBillIntro')}</p><section class="agreement" aria-labelledby="agreement-title"><h3 id="agreement-title">${escapeHtml(agreement.title[ctx.language])} (${escapeHtml(agreement.version)})</h3><p>${escapeHtml(agreement.text[ctx.language])}</p></section>${consoleForm(
          ctx,
          '/v1/console/direct-bill/agreement-signature',
          `<div class="check"><input type="checkbox" id="accept" name="accept" value="yes"><label for="accept">${l('acceptDirectBillLabel')}</label></div><button type="submit">${l('signDirectBillButton')}</button>`,
        )}`
      : '';
  return `${ended}${taskList(ctx.language, tasks)}${waiting}${supportPlan}${sign}${ended ? apply : ''}`;
}

async function transitionSection(
  ctx: ScreenContext,
  transition: TransitionRecord | undefined,
  evaluation: EligibilityAnswer,
): Promise<string> {
  const l = (key: ConsoleKey) => ct(ctx.language, key);
  if (!transition) {
    if (evaluation.status !== 'Active' && evaluation.status !== 'Restricted') return '';
    const providers = (await listLinks(ctx.member.organizationId, 'providers', { limit: 100 })).items
      .map((link) => linkView(link, 'reseller'))
      .filter((link) => link.state === 'Active');
    const start = providers.length
      ? consoleForm(
          ctx,
          '/v1/console/direct-bill/transitions',
          `<label for="providerId">${l('transitionProviderLabel')}</label><select id="providerId" name="providerId">${providers
            .map((p) => `<option value="${p.id}">${escapeHtml(p.name)}</option>`)
            .join('')}</select><button type="submit">${l('startTransitionButton')}</button>`,
        )
      : `<p>${l('noProviderLinked')}</p>`;
    return `<h2>${l('transitionHeading')}</h2><p>${l(evaluation.transitionOffered ? 'transitionOfferedText' : 'transitionIntro')}</p>${start}`;
  }
  const next = transition.steps.find((s) => s.state === 'Pending');
  const tasks = transition.steps.map((s) => ({
    label: consoleMessages[ctx.language][`step_${s.step}`],
    status: (s.state === 'Done' ? 'done' : s === next ? 'progress' : 'cannot') as TaskStatus,
  }));
  const done =
    next && next.step !== 'ProviderAccepts'
      ? consoleForm(
          ctx,
          '/v1/console/direct-bill/transition-steps',
          `<button type="submit" name="step" value="${next.step}">${l('markDoneButton')}: ${escapeHtml(consoleMessages[ctx.language][`step_${next.step}`])}</button>`,
        )
      : '';
  return `<h2>${l('transitionHeading')}</h2>${taskList(ctx.language, tasks)}${done}`;
}

/** Runs one direct-bill action and shows the screen again: with its notice, or with what was wrong. */
export async function afterDirectBillAction(
  ctx: ScreenContext,
  action: () => Promise<unknown>,
  notice: ConsoleKey,
  values: Record<string, string | undefined> = {},
): Promise<Reply> {
  try {
    await action();
    return directBillScreen(ctx, { notice: ct(ctx.language, notice) });
  } catch (error) {
    const m = consoleMessages[ctx.language];
    return directBillScreen(ctx, {
      errors: errorsOf(error, {
        statement: m.statementLabel,
        attestation: m.attestationLabel,
        plan: m.supportPlanLegend,
        accept: m.acceptDirectBillLabel,
      }),
      values,
      status: 422,
    });
  }
}
