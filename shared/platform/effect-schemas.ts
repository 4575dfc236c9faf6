import * as z from '#shared/platform/zod';

/** An event whose effects could not be delivered in 24 hours of retries, as operators see it. */
export const DeadEffect = z.object({
  eventId: z.string(),
  type: z.string().describe('The event type, e.g. InvitationCreated.'),
  organizationId: z.string().optional(),
  occurredAt: z.string(),
  attempts: z.number().int(),
  failedEffect: z.string().optional().describe('The reaction that failed last, e.g. email-invitation.'),
  lastError: z.string().optional(),
  done: z.array(z.string()).describe('The reactions of this event that did run.'),
});
export type DeadEffect = z.infer<typeof DeadEffect>;

export const DeadEffectsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(1024).optional(),
});
export const DeadEffects = z.object({ items: z.array(DeadEffect), nextCursor: z.string().optional() });
export const EventIdParams = z.strictObject({ eventId: z.uuid() });
export const Redriven = z.object({
  eventId: z.string(),
  state: z.literal('Pending'),
  dueAt: z.string(),
});

/** The operator's view of a parked event: no storage attribute, the done set as a list. */
export function toDeadEffect(item: Record<string, unknown>): DeadEffect {
  return {
    eventId: String(item.eventId),
    type: String(item.type),
    organizationId: item.organizationId as string | undefined,
    occurredAt: String(item.occurredAt),
    attempts: Number(item.attempts ?? 0),
    failedEffect: item.failedEffect as string | undefined,
    lastError: item.lastError as string | undefined,
    done: [...((item.done as Set<string> | undefined) ?? [])].sort(),
  };
}
