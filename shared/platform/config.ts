import * as z from '#shared/platform/zod';

/**
 * Reads and validates a slice of `process.env` once, at module load (cold start). A missing or malformed
 * variable throws at once, naming every variable that is wrong, instead of failing on the first request.
 *
 * @example
 * const config = readConfig(z.object({ TABLE_NAME: z.string().min(1) }));
 */
export function readConfig<T extends z.ZodObject>(schema: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const names = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${names.join('; ')}`);
  }
  return result.data;
}

/** Optional endpoint override: set only in the local world (emulators); absent in AWS. */
export const optionalEndpoint = z.url().optional();
