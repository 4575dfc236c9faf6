import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who caused a change, recorded on every event the change writes (the audit history's "who"): a signed-in
 * user, the holder of an emailed link or a visitor (public routes), or the system (workflow steps, reactions,
 * scheduled jobs). Set once at the entry point of a request; read by the outbox when it writes an event.
 */
export type Actor =
  | { kind: 'user'; userId: string; organizationId: string; operationId: string }
  | { kind: 'public'; operationId: string }
  | { kind: 'system'; name?: string };

const current = new AsyncLocalStorage<Actor>();

/** Runs `fn` with `actor` as the author of every event it writes. */
export function asActor<T>(actor: Actor, fn: () => Promise<T>): Promise<T> {
  return current.run(actor, fn);
}

/** The actor of the running request, the system when none was set. */
export function currentActor(): Actor {
  return current.getStore() ?? { kind: 'system' };
}
