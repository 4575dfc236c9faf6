import { httpHandler, reply } from '#shared/http/handler';
import { dependencyChecks } from '#shared/platform/health';
import { getHealth } from '#shared/platform/routes';

/** 200 only when every part answers; otherwise 503 with what failed (no internals beyond the error name). */
export const handler = httpHandler(getHealth, async () => {
  const results = await Promise.all(
    Object.entries(dependencyChecks).map(async ([name, check]) => {
      const startedAt = Date.now();
      try {
        await check();
        return [name, { ok: true, latencyMs: Date.now() - startedAt }] as const;
      } catch (error) {
        return [name, { ok: false, latencyMs: Date.now() - startedAt, error: (error as Error).name }] as const;
      }
    }),
  );
  const healthy = results.every(([, result]) => result.ok);
  return reply.status(healthy ? 200 : 503, {
    status: healthy ? 'ok' : 'degraded',
    checks: Object.fromEntries(results),
  });
});
