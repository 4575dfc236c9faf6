/**
 * The enrollment timeline's declaration: its Task states and the module that runs each. The CDK app makes
 * one function per task from it; the local workflow runner binds the same modules to the same state names.
 */
export const enrollmentTasks = {
  RequestEmailOwnership: { handler: 'functions/workflow/request-email-ownership.ts', grants: { table: 'readWrite', email: true } },
  CheckEmailDomain: { handler: 'functions/workflow/check-email-domain.ts', grants: { table: 'readWrite' } },
  RecordOutcome: { handler: 'functions/workflow/record-outcome.ts', grants: { table: 'readWrite' } },
} as const;

export type EnrollmentTaskName = keyof typeof enrollmentTasks;

/** The input every execution starts with. */
export interface EnrollmentExecutionInput {
  organizationId: string;
  enrollmentId: string;
  correlationId?: string;
}

/** How long a verification link lives, and so how long the first step waits. */
export const emailOwnershipTimeoutSeconds = 7 * 24 * 3600;
