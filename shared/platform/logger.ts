import { powertoolsLogger } from '#shared/platform/observability';

/**
 * Structured JSON logs through the Powertools logger (one line per entry with the Lambda request id, cold
 * start and X-Ray trace id), every line carrying the correlation id of the request or event being handled.
 * Whole events are never logged: callers pass the few fields that matter. A child adds its fields to every
 * line it writes, without changing the shared logger (so requests handled side by side locally stay apart).
 */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

export function createLogger(base: Record<string, unknown> = {}): Logger {
  const merged = (fields?: Record<string, unknown>) => ({ ...base, ...fields });
  return {
    debug: (message, fields) => powertoolsLogger.debug(message, merged(fields)),
    info: (message, fields) => powertoolsLogger.info(message, merged(fields)),
    warn: (message, fields) => powertoolsLogger.warn(message, merged(fields)),
    error: (message, fields) => powertoolsLogger.error(message, merged(fields)),
    child: (fields) => createLogger({ ...base, ...fields }),
  };
}

export const logger = createLogger();
