import { resumeTask } from '#shared/platform/aws/sfn';
import type { DomainEvent, Reaction } from '#shared/platform/outbox';

/** Resumes the workflow step that waited on this answer (the token travelled in the event, server-side). */
export function resumeWorkflow<E extends DomainEvent<string, { taskToken: string }>>(
  output: (event: E) => Record<string, unknown>,
): Reaction<E> {
  return {
    name: 'resume-workflow',
    run: async (event) => {
      if (event.payload.taskToken) await resumeTask(event.payload.taskToken, output(event));
    },
  };
}
