import { answerApplicationStep, requireApplication, toApplicationView } from '#shared/direct-bill/applications-store';
import { recordAssessment } from '#shared/direct-bill/routes';
import { getProfile, profileUpdateItem } from '#shared/direct-bill/store';
import { httpHandler, reply } from '#shared/http/handler';
import { clock } from '#shared/platform/clock';

/** The third-party capabilities assessment (billing, provisioning, technical support, security). */
export const handler = httpHandler(recordAssessment, async ({ params, body, correlationId }) => {
  const application = await requireApplication(params.organizationId);
  const profile = await getProfile(params.organizationId);
  await answerApplicationStep({
    record: application,
    step: 'Assessment',
    to: 'Assessed',
    output: { passed: body.passed },
    extra: [
      profileUpdateItem(profile, {
        assessment: { passed: body.passed, assessor: body.assessor ?? 'unnamed assessor', recordedAt: clock.nowIso() },
      }),
    ],
    correlationId,
    action: 'take an assessment',
  });
  return reply.ok(toApplicationView(await requireApplication(params.organizationId)));
});
