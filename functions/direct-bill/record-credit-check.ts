import { answerApplicationStep, requireApplication, toApplicationView } from '#shared/direct-bill/applications-store';
import { recordCreditCheck } from '#shared/direct-bill/routes';
import { getProfile, profileUpdateItem } from '#shared/direct-bill/store';
import { httpHandler, reply } from '#shared/http/handler';
import { clock } from '#shared/platform/clock';

/** The credit check (seed 001: it can take days); the partner is emailed when it passes. */
export const handler = httpHandler(recordCreditCheck, async ({ params, body, correlationId }) => {
  const application = await requireApplication(params.organizationId);
  const profile = await getProfile(params.organizationId);
  await answerApplicationStep({
    record: application,
    step: 'CreditCheck',
    to: body.passed ? 'CreditCheckPassed' : 'CreditCheckFailed',
    output: { passed: body.passed },
    extra: [profileUpdateItem(profile, { creditCheck: { passed: body.passed, recordedAt: clock.nowIso() } })],
    correlationId,
    action: 'take a credit check result',
  });
  return reply.ok(toApplicationView(await requireApplication(params.organizationId)));
});
