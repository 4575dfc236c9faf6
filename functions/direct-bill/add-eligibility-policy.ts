import { addEligibilityPolicy } from '#shared/direct-bill/routes';
import { changePolicies } from '#shared/direct-bill/store';
import { httpHandler, reply } from '#shared/http/handler';
import { clock } from '#shared/platform/clock';
import { ConflictError } from '#shared/platform/errors';

/**
 * An operator publishes a policy version (a new one, or a draft such as the seeded USD 1M one): it takes effect
 * from its `effectiveFrom`. A published version is never rewritten: publish a new version instead.
 */
export const handler = httpHandler(addEligibilityPolicy, async ({ body }) => {
  const published = { ...body, publishedAt: clock.nowIso() };
  await changePolicies((stored) => {
    const existing = stored.find((policy) => policy.version === body.version);
    if (existing?.publishedAt)
      throw new ConflictError(`Version ${body.version} is published already: publish a new version.`, {
        publishedAt: existing.publishedAt,
      });
    return [published];
  });
  return reply.ok(published);
});
