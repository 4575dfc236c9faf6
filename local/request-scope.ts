import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Marks work done for an API request through the local gateway, as opposed to the stream poller, the
 * workflow runner and the scheduled jobs that share the process. Local fault injection and the write audit
 * use it.
 */
export interface RequestScope {
  operationId: string;
  writes: string[];
  /** The fault probe: the nth table write of this request fails (before reaching the table). */
  failAt?: number;
  /** Table writes this request attempted (the failing one included). */
  attempted?: number;
}

export const apiRequestScope = new AsyncLocalStorage<RequestScope>();

/**
 * The fault probe's findings, per state-changing operation (its first request that writes): the status of the
 * attempt whose first write failed, how many writes it attempted, and the status of the same request after.
 */
export const faultProbes = new Map<string, { probeStatus: number; attempted: number; retryStatus: number }>();

/** Per operation, over the stack's life: successful requests, and the most table writes one of them made. */
export const writeAudit = new Map<string, { requests: number; maxWrites: number; writes: string[] }>();

/** Records the writes of one answered request (2xx only: a refused or failed request is the fault suite's). */
export function auditRequest(scope: { operationId: string; writes: string[] }, status: number): void {
  if (status < 200 || status >= 300) return;
  const entry = writeAudit.get(scope.operationId) ?? { requests: 0, maxWrites: 0, writes: [] };
  entry.requests += 1;
  if (scope.writes.length > entry.maxWrites) {
    entry.maxWrites = scope.writes.length;
    entry.writes = [...scope.writes];
  }
  writeAudit.set(scope.operationId, entry);
}
