import {
  finalApplicationStates,
  requireApplication,
  transitionApplication,
} from '#shared/direct-bill/applications-store';
import { evaluate, gateKinds } from '#shared/direct-bill/rules';
import { gatherFacts, listPolicies, profileUpdateItem } from '#shared/direct-bill/store';
import { clock } from '#shared/platform/clock';
import * as z from '#shared/platform/zod';
import { setProgramItem } from '#shared/users/organizations-store';

export const ApplicationTaskInput = z.object({
  organizationId: z.string(),
  applicationId: z.string(),
  correlationId: z.string().optional(),
  action: z.enum(['gate', 'decide', 'activate', 'outcome']),
  outcome: z.enum(['Expired', 'Failed']).optional(),
  error: z.unknown().optional(),
});

const nextYear = (now: Date) =>
  new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), now.getUTCDate())).toISOString().slice(0, 10);

/**
 * The application's decisions: the eligibility gate (the criteria that need no operator), the decision once
 * the credit check, support plan and assessment are in (the whole policy), activation, and how it ended.
 */
export async function runApplicationTask(input: z.output<typeof ApplicationTaskInput>) {
  const application = await requireApplication(input.organizationId);
  const now = clock.now();
  const policy = (await listPolicies()).find((p) => p.version === application.policyVersion);
  if (!policy && input.action !== 'outcome') throw new Error(`policy ${application.policyVersion} not found`);

  if (input.action === 'gate') {
    if (application.state !== 'EligibilityCheck') return { eligible: application.state !== 'Ineligible' };
    const { facts } = await gatherFacts(input.organizationId, now);
    const gate = evaluate(
      { ...policy!, criteria: policy!.criteria.filter((c) => gateKinds.includes(c.kind)) },
      facts,
      now,
    );
    if (!gate.eligible) {
      await transitionApplication({
        organizationId: input.organizationId,
        move: 'gateIneligible',
        set: { gate },
        event: { type: 'DirectBillApplicationEnded', payload: { outcome: 'Ineligible' } },
        correlationId: input.correlationId,
        action: 'end',
      });
    } else {
      await transitionApplication({
        organizationId: input.organizationId,
        move: 'recordGate',
        set: { gate },
        correlationId: input.correlationId,
        action: 'record the gate',
      });
    }
    return { eligible: gate.eligible };
  }

  if (input.action === 'decide') {
    if (application.state !== 'Assessed')
      return { approved: application.state === 'Approved' || application.state === 'AwaitingAgreement' };
    const { facts } = await gatherFacts(input.organizationId, now);
    const decision = evaluate(policy!, facts, now);
    await transitionApplication({
      organizationId: input.organizationId,
      move: 'decide',
      to: decision.eligible ? 'Approved' : 'Rejected',
      set: { decision },
      event: decision.eligible
        ? { type: 'DirectBillApplicationApproved', payload: { outcome: 'Approved' } }
        : { type: 'DirectBillApplicationEnded', payload: { outcome: 'Rejected' } },
      correlationId: input.correlationId,
      action: 'be decided',
    });
    return { approved: decision.eligible };
  }

  if (input.action === 'activate') {
    if (application.state === 'Active') return { active: true };
    const { facts, profile } = await gatherFacts(input.organizationId, now);
    await transitionApplication({
      organizationId: input.organizationId,
      move: 'activate',
      extra: [
        setProgramItem(input.organizationId, 'DirectBill', 'Active', { agreement: application.agreement }),
        profileUpdateItem(profile, {
          status: 'Active',
          nextReviewDue: nextYear(now),
          lastEvaluation: application.decision,
        }),
      ],
      event: {
        type: 'DirectBillActivated',
        payload: { applicationId: application.applicationId, partnerId: facts.partnerId },
      },
      correlationId: input.correlationId,
      action: 'be activated',
    });
    return { active: true };
  }

  if (finalApplicationStates.includes(application.state)) return { outcome: application.state };
  await transitionApplication({
    organizationId: input.organizationId,
    move: 'end',
    to: input.outcome ?? 'Failed',
    remove: ['waiting'],
    event: { type: 'DirectBillApplicationEnded', payload: { outcome: input.outcome ?? 'Failed', error: input.error } },
    correlationId: input.correlationId,
    action: 'end',
  });
  return { outcome: input.outcome ?? 'Failed' };
}
