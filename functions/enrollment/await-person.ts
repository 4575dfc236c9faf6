import { AwaitPersonInput, awaitPerson } from '#shared/enrollment/waits';
import { workflowTask } from '#shared/platform/workflow-task';

export const handler = workflowTask('AwaitPerson', AwaitPersonInput, awaitPerson);
