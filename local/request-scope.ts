import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Marks work done for an API request through the local gateway, as opposed to the stream poller, the
 * workflow runner and the scheduled jobs that share the process. Local fault injection uses it.
 */
export const apiRequestScope = new AsyncLocalStorage<{ operationId: string }>();
