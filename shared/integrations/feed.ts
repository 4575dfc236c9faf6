import { getEnrollmentRecord, toEnrollmentView } from '#shared/enrollment/store';
import { internalEventTypes } from '#shared/integrations/events';
import type { Actor } from '#shared/platform/actor';
import { type FeedEntry, readOrganizationEvents } from '#shared/platform/audit-store';
import { clock } from '#shared/platform/clock';
import { getMember } from '#shared/users/members-store';
import { toPartnerUser } from '#shared/users/views';

/** The version of the feed item's shape (and of every webhook body): changes only by adding fields. */
export const feedSpecVersion = '1.0';

/** Events younger than this are not read yet: one committed late with an earlier moment is never skipped. */
export const settleMs = 2_000;

export interface FeedItem {
  eventId: string;
  type: string;
  specVersion: string;
  occurredAt: string;
  organizationId: string;
  actor?: Actor;
  correlationId?: string;
  /** What changed, as the event recorded it (secrets left out). */
  data: Record<string, unknown>;
  /** The resource the event is about, and where to read it. */
  resource?: { type: string; id: string; href: string };
  /** That resource as it is now (enrollments and partner users). */
  current?: unknown;
}

/** The resource an event is about, from the ids its payload names, most specific first. */
export function resourceOf(entry: FeedEntry): FeedItem['resource'] {
  const p = entry.payload as Record<string, unknown>;
  const id = (name: string) => (typeof p[name] === 'string' ? (p[name] as string) : undefined);
  if (id('serviceRequestId'))
    return {
      type: 'ServiceRequest',
      id: id('serviceRequestId')!,
      href: `/v1/service-requests/${id('serviceRequestId')}`,
    };
  if (id('subscriptionId') && id('customerId'))
    return {
      type: 'Subscription',
      id: id('subscriptionId')!,
      href: `/v1/customers/${id('customerId')}/subscriptions`,
    };
  if (id('enrollmentId'))
    return { type: 'Enrollment', id: id('enrollmentId')!, href: `/v1/enrollments/${id('enrollmentId')}` };
  if (id('applicationId'))
    return { type: 'DirectBillApplication', id: id('applicationId')!, href: '/v1/direct-bill/applications/current' };
  if (id('customerId')) return { type: 'Customer', id: id('customerId')!, href: `/v1/customers/${id('customerId')}` };
  if (id('userId')) return { type: 'PartnerUser', id: id('userId')!, href: `/v1/users/${id('userId')}` };
  if (id('leadId')) return { type: 'Lead', id: id('leadId')!, href: '/v1/leads' };
  if (id('invitationId')) return { type: 'Invitation', id: id('invitationId')!, href: '/v1/invitations' };
  return undefined;
}

/** Feed items of events, each with its resource and, for enrollments and users, the resource as it is now. */
export async function toFeedItems(entries: FeedEntry[]): Promise<FeedItem[]> {
  const current = new Map<string, Promise<unknown>>();
  const load = (entry: FeedEntry, resource: NonNullable<FeedItem['resource']>): Promise<unknown> | undefined => {
    const key = `${resource.type}#${resource.id}`;
    if (!current.has(key)) {
      if (resource.type === 'Enrollment')
        current.set(
          key,
          getEnrollmentRecord(entry.organizationId).then((record) =>
            record?.enrollmentId === resource.id ? toEnrollmentView(record) : undefined,
          ),
        );
      else if (resource.type === 'PartnerUser')
        current.set(
          key,
          getMember(resource.id).then((member) =>
            member?.organizationId === entry.organizationId && member.status === 'active'
              ? toPartnerUser(member)
              : undefined,
          ),
        );
      else return undefined;
    }
    return current.get(key);
  };
  return Promise.all(
    entries.map(async (entry) => {
      const resource = resourceOf(entry);
      const now = resource ? await load(entry, resource) : undefined;
      return {
        eventId: entry.eventId,
        type: entry.type,
        specVersion: feedSpecVersion,
        occurredAt: entry.occurredAt,
        organizationId: entry.organizationId,
        ...(entry.actor ? { actor: entry.actor } : {}),
        ...(entry.correlationId ? { correlationId: entry.correlationId } : {}),
        data: entry.payload,
        ...(resource ? { resource } : {}),
        ...(now === undefined ? {} : { current: now }),
      };
    }),
  );
}

/** An organization's feed from a cursor it keeps: the events that concern it, oldest first, at least once. */
export async function readFeed(organizationId: string, options: { limit: number; cursor?: string }) {
  const until = new Date(clock.now().getTime() - settleMs).toISOString();
  const page = await readOrganizationEvents(organizationId, { ...options, until, skipTypes: internalEventTypes });
  return { items: await toFeedItems(page.items), nextCursor: page.nextCursor };
}
