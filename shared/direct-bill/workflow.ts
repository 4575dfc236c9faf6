/**
 * The direct-bill application's workflow declaration: one function for its steps that park a task token
 * (credit check, support plan, assessment, agreement) and one for its decisions (gate, decide, activate,
 * outcome). The CDK app and the local runner bind them the same way as the enrollment's.
 */
export const directBillTasks = {
  DirectBillStep: { handler: 'functions/direct-bill/direct-bill-step.ts', grants: { table: 'readWrite' } },
  DirectBillTask: { handler: 'functions/direct-bill/direct-bill-task.ts', grants: { table: 'readWrite' } },
} as const;

export type DirectBillTaskName = keyof typeof directBillTasks;

export interface DirectBillExecutionInput {
  organizationId: string;
  applicationId: string;
  correlationId: string;
}

export const directBillStepDays = { CreditCheck: 30, SupportPlan: 30, Assessment: 90, Agreement: 30 } as const;
export type DirectBillStepName = keyof typeof directBillStepDays;
