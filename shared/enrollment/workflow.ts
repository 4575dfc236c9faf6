/**
 * The enrollment timeline's declaration: the functions its Task states run. The CDK app makes one function
 * per entry; the local workflow runner binds the same modules to the states that invoke them.
 */
export const enrollmentTasks = {
  RequestEmailOwnership: {
    handler: 'functions/enrollment/request-email-ownership.ts',
    grants: { table: 'readWrite' },
  },
  CheckEmailDomain: { handler: 'functions/enrollment/check-email-domain.ts', grants: { table: 'readWrite' } },
  CheckPartnerId: { handler: 'functions/enrollment/check-partner-id.ts', grants: { table: 'readWrite' } },
  CheckBusinessProfile: { handler: 'functions/enrollment/check-business-profile.ts', grants: { table: 'readWrite' } },
  ScheduleReview: { handler: 'functions/enrollment/schedule-review.ts', grants: { table: 'read' } },
  // signals its own token when the answer is already recorded (a decision that raced a timeout)
  AwaitPerson: {
    handler: 'functions/enrollment/await-person.ts',
    grants: { table: 'readWrite', workflow: ['signal'] },
  },
  SendSignatureReminder: { handler: 'functions/enrollment/send-signature-reminder.ts', grants: { table: 'readWrite' } },
  Activate: { handler: 'functions/enrollment/activate.ts', grants: { table: 'readWrite' } },
  RecordOutcome: { handler: 'functions/enrollment/record-outcome.ts', grants: { table: 'readWrite' } },
} as const;

export type EnrollmentTaskName = keyof typeof enrollmentTasks;

/**
 * The input every execution starts with; every field is required (the definition reads each path).
 * `resumeAt` starts a resumed enrollment where it stopped; `Start` begins at email ownership.
 */
export interface EnrollmentExecutionInput {
  organizationId: string;
  enrollmentId: string;
  correlationId: string;
  resumeAt: 'Start' | 'EmailOwnership' | 'Checks' | 'Review' | 'Inquiry' | 'Signature' | 'Activation';
}
