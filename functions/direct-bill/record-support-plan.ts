import { answerApplicationStep, requireApplication, toApplicationView } from '#shared/direct-bill/applications-store';
import { recordSupportPlan } from '#shared/direct-bill/routes';
import { getProfile, profileUpdateItem } from '#shared/direct-bill/store';
import { httpHandler, reply } from '#shared/http/handler';
import { clock } from '#shared/platform/clock';
import { ConflictError } from '#shared/platform/errors';

/** Seed 001: do NOT buy a support plan before the credit check passed; recording one earlier answers 409 saying so. */
export const handler = httpHandler(recordSupportPlan, async ({ body, caller, correlationId }) => {
  const application = await requireApplication(caller.organizationId);
  if (['EligibilityCheck', 'AwaitingCreditCheck', 'CreditCheckPassed'].includes(application.state)) {
    throw new ConflictError(
      'Do not buy a support plan yet: the credit check has not passed. We email you when it does; buy the plan only then.',
      { applicationState: application.state },
    );
  }
  const profile = await getProfile(caller.organizationId);
  await answerApplicationStep({
    record: application,
    step: 'SupportPlan',
    to: 'SupportPlanRecorded',
    output: { plan: body.plan },
    extra: [profileUpdateItem(profile, { supportPlan: { plan: body.plan, purchasedAt: clock.nowIso() } })],
    correlationId,
    action: 'take a support plan',
  });
  return reply.ok(toApplicationView(await requireApplication(caller.organizationId)));
});
