import { ApplicationTaskInput, runApplicationTask } from '#shared/direct-bill/application-tasks';
import { workflowTask } from '#shared/platform/workflow-task';

export const handler = workflowTask('DirectBillTask', ApplicationTaskInput, runApplicationTask);
