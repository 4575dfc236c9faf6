import { defineEvents } from '#shared/platform/outbox';
import * as z from '#shared/platform/zod';

const Reevaluated = z.object({ policyVersion: z.string(), reasons: z.array(z.string()), nextReviewDue: z.string() });

/** The events of direct-bill applications, re-evaluations and transitions. */
export const directBillEvents = defineEvents({
  DirectBillApplicationStarted: z.object({ applicationId: z.string(), executionName: z.string() }),
  DirectBillAwaiting: z.object({ applicationId: z.string(), step: z.string() }),
  DirectBillStepAnswered: z.object({
    applicationId: z.string(),
    step: z.string(),
    taskToken: z.string(),
    output: z.record(z.string(), z.unknown()),
  }),
  DirectBillApplicationApproved: z.object({ outcome: z.literal('Approved') }),
  DirectBillApplicationEnded: z.object({ outcome: z.string(), error: z.unknown().optional() }),
  DirectBillActivated: z.object({ applicationId: z.string(), partnerId: z.string().optional() }),
  DirectBillAttested: z.object({ attestation: z.unknown() }),
  DirectBillPassed: Reevaluated,
  DirectBillRestricted: Reevaluated,
  DirectBillLifted: Reevaluated,
  /** A restricted partner's monthly re-check found it still restricted: recorded, nobody told again. */
  DirectBillRechecked: Reevaluated,
  DirectBillTransitionStarted: z.object({ providerId: z.string() }),
  DirectBillTransitionStepDone: z.object({ step: z.string(), providerId: z.string() }),
});
