import { clock } from '../../shared/clock';
import { answerApplicationStep, requireApplication, toApplicationView } from '../../shared/data/applications';
import { getProfile, profileUpdateItem } from '../../shared/data/direct-bill';
import { httpHandler, reply } from '../../shared/http/handler';
import { recordAssessment } from '../../shared/routes/direct-bill';

/** The third-party capabilities assessment (billing, provisioning, technical support, security). */
export const handler = httpHandler(recordAssessment, async ({ params, body, correlationId }) => {
  const application = await requireApplication(params.organizationId);
  const profile = await getProfile(params.organizationId);
  await answerApplicationStep({
    record: application,
    step: 'Assessment',
    to: 'Assessed',
    output: { passed: body.passed },
    extra: [profileUpdateItem(profile, { assessment: { passed: body.passed, assessor: body.assessor ?? 'unnamed assessor', recordedAt: clock.nowIso() } })],
    correlationId,
    action: 'take an assessment',
  });
  return reply.ok(toApplicationView(await requireApplication(params.organizationId)));
});
