import { transitionApplication } from '#shared/direct-bill/applications-store';
import { stepMoves } from '#shared/direct-bill/lifecycle';
import { directBillStepDays } from '#shared/direct-bill/workflow';
import { clock } from '#shared/platform/clock';
import { workflowTask } from '#shared/platform/workflow-task';
import * as z from '#shared/platform/zod';

const Input = z.object({
  organizationId: z.string(),
  applicationId: z.string(),
  correlationId: z.string().optional(),
  step: z.enum(['CreditCheck', 'SupportPlan', 'Assessment', 'Agreement']),
  taskToken: z.string().min(1),
});

/**
 * A callback step of the application: the state and the task token in one conditional write. The answer
 * (an operator's credit check or assessment, the partner's support plan or signature) takes it from there.
 */
export const handler = workflowTask('DirectBillStep', Input, async (input) => {
  const now = clock.now();
  await transitionApplication({
    organizationId: input.organizationId,
    move: stepMoves[input.step].wait,
    set: {
      waiting: {
        step: input.step,
        taskToken: input.taskToken,
        since: now.toISOString(),
        dueAt: new Date(now.getTime() + directBillStepDays[input.step] * 86_400_000).toISOString(),
      },
    },
    event: { type: 'DirectBillAwaiting', payload: { applicationId: input.applicationId, step: input.step } },
    correlationId: input.correlationId,
    action: `wait for ${input.step}`,
  });
  return { waiting: input.step };
});
