import type { Grants } from '#shared/http/route';

/**
 * Scheduled jobs, declared once: the CDK app schedules each with EventBridge Scheduler; `npm start` runs the
 * same handler on the same rate (scaled by TIME_SCALE), and each can be run by hand.
 */
export interface JobSpec {
  handler: string;
  /** How often it runs, in minutes of application time. */
  everyMinutes: number;
  grants: Grants;
  description: string;
}

export const jobs = {
  sweepEffects: {
    handler: 'functions/platform/sweep-effects.ts',
    everyMinutes: 1,
    grants: { table: 'readWrite', email: true, workflow: ['start', 'signal'], cognito: ['AdminDeleteUser'] },
    description:
      'Delivers the effects of events that are still pending (failed, or claimed by a consumer that died): retried with backoff for 24 hours, then parked as dead.',
  },
  reconcileEnrollments: {
    handler: 'functions/enrollment/reconcile-enrollments.ts',
    everyMinutes: 15,
    grants: { table: 'readWrite', workflow: ['describe'] },
    description: 'Restarts enrollment timelines whose workflow execution is missing or failed, from the stored state.',
  },
  reevaluateDirectBill: {
    handler: 'functions/direct-bill/reevaluate-direct-bill.ts',
    everyMinutes: 24 * 60,
    grants: { table: 'readWrite' },
    description: 'Re-evaluates the direct-bill partners whose annual review is due; restricts or lifts them.',
  },
} as const satisfies Record<string, JobSpec>;

export type JobName = keyof typeof jobs;
