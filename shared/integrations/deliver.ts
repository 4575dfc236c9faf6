import { lookup } from 'node:dns/promises';
import { Webhook } from 'standardwebhooks';
import type { FeedItem } from '#shared/integrations/feed';
import { isPrivateAddress, webhookUrlProblem } from '#shared/integrations/url-policy';
import type { WebhookSubscription } from '#shared/integrations/webhooks-store';
import { readConfig } from '#shared/platform/config';
import * as z from '#shared/platform/zod';

const config = readConfig(
  z.object({
    /** Set by the local stack only: a test receiver on 127.0.0.1 over HTTP. */
    WEBHOOKS_ALLOW_LOOPBACK: z.enum(['true', 'false']).default('false'),
  }),
);
export const allowLoopback = config.WEBHOOKS_ALLOW_LOOPBACK === 'true';

/** Why this endpoint may not be used (its URL, then the addresses its name resolves to now), or undefined. */
export async function endpointProblem(url: string): Promise<string | undefined> {
  const problem = webhookUrlProblem(url, allowLoopback);
  if (problem || allowLoopback) return problem;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  const addresses = await lookup(host, { all: true, verbatim: true }).catch(() => []);
  if (addresses.length === 0) return 'its name does not resolve';
  if (addresses.some((a) => isPrivateAddress(a.address))) return 'its name resolves to a private address';
  return undefined;
}

export interface Attempt {
  ok: boolean;
  responseStatus?: number;
  error?: string;
}

/**
 * Posts one event to one endpoint, signed per Standard Webhooks: `webhook-id` (the event id: the same on every
 * retry and redelivery, so a receiver drops duplicates), `webhook-timestamp`, `webhook-signature` (HMAC-SHA256
 * of `id.timestamp.body` with the subscription's secret). A 2xx within 10 seconds is a delivery.
 */
export async function postEvent(subscription: WebhookSubscription, item: FeedItem): Promise<Attempt> {
  const refused = await endpointProblem(subscription.url);
  if (refused) return { ok: false, error: `refused: the endpoint ${refused}` };
  const body = JSON.stringify({ type: item.type, timestamp: item.occurredAt, data: item });
  const sentAt = new Date();
  const signature = new Webhook(subscription.secret).sign(item.eventId, sentAt, body);
  try {
    const response = await fetch(subscription.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'csp-partner-webhooks/1.0',
        'webhook-id': item.eventId,
        'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
        'webhook-signature': signature,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    await response.body?.cancel();
    return response.ok
      ? { ok: true, responseStatus: response.status }
      : { ok: false, responseStatus: response.status, error: `the endpoint answered ${response.status}` };
  } catch (error) {
    return { ok: false, error: `not reached: ${(error as Error).message}` };
  }
}
