import { getLead, toLeadView } from '#shared/customers/leads-store';
import { findRelationship } from '#shared/customers/relationships-store';
import { getSubscriptionRecord } from '#shared/customers/subscriptions-store';
import { customerSummary } from '#shared/customers/views';
import { getApplication, toApplicationView } from '#shared/direct-bill/applications-store';
import { getEnrollmentRecord, toEnrollmentView } from '#shared/enrollment/store';
import { internalEventTypes } from '#shared/integrations/events';
import { getInvitation, toInvitationView } from '#shared/partners/invitations-store';
import type { Actor } from '#shared/platform/actor';
import { type FeedEntry, readOrganizationEvents } from '#shared/platform/audit-store';
import { clock } from '#shared/platform/clock';
import { NotFoundError } from '#shared/platform/errors';
import { getMember } from '#shared/users/members-store';
import { getServiceRequestRecord } from '#shared/users/service-requests-store';
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
  /** That resource as it is now, where the organization may still see it. */
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

type Resource = NonNullable<FeedItem['resource']>;

/**
 * How each kind of resource is read as it is now, for the organization whose feed it is: undefined when the
 * organization may no longer see it (a user removed, a subscription sold by another partner), so a feed never
 * shows another organization's data.
 */
const currentOf: Record<string, (organizationId: string, resource: Resource, entry: FeedEntry) => Promise<unknown>> = {
  Enrollment: async (organizationId, resource) => {
    const record = await getEnrollmentRecord(organizationId);
    return record?.enrollmentId === resource.id ? toEnrollmentView(record) : undefined;
  },
  PartnerUser: async (organizationId, resource) => {
    const member = await getMember(resource.id);
    return member?.organizationId === organizationId && member.status === 'active' ? toPartnerUser(member) : undefined;
  },
  // the customer's own subscription, or one this partner sold (what listSubscriptions shows either of them)
  Subscription: async (organizationId, resource, entry) => {
    const customerId = (entry.payload as { customerId?: unknown }).customerId;
    if (typeof customerId !== 'string') return undefined;
    const subscription = await getSubscriptionRecord(customerId, resource.id);
    return subscription &&
      (subscription.customerId === organizationId || subscription.resellerOfRecord === organizationId)
      ? subscription
      : undefined;
  },
  DirectBillApplication: async (organizationId, resource) => {
    const application = await getApplication(organizationId);
    return application?.applicationId === resource.id ? toApplicationView(application) : undefined;
  },
  // a customer of this partner, as listCustomers shows it (none once the relationship ended)
  Customer: async (organizationId, resource) => {
    const relationship = await findRelationship(organizationId, resource.id);
    return relationship ? customerSummary(relationship) : undefined;
  },
  // an invitation this organization sent or received
  Invitation: async (organizationId, resource) => {
    const invitation = await getInvitation(resource.id);
    return invitation &&
      (invitation.fromOrganizationId === organizationId || invitation.invitedOrganizationId === organizationId)
      ? toInvitationView(invitation)
      : undefined;
  },
  // one of this partner's leads (a lead lives in its partner's partition: another's is not found)
  Lead: async (organizationId, resource) => {
    const lead = await getLead(organizationId, resource.id).catch((error: unknown) => {
      if (error instanceof NotFoundError) return undefined;
      throw error; // an outage is not "gone"
    });
    return lead ? toLeadView(lead) : undefined;
  },
  // the partner that opened it or the customer it is for: where it stands, not its conversation
  ServiceRequest: async (organizationId, resource) => {
    const request = await getServiceRequestRecord(resource.id);
    if (!request) return undefined;
    const side =
      request.organizationId === organizationId
        ? 'Partner'
        : request.customerId === organizationId
          ? 'Customer'
          : undefined;
    if (!side) return undefined;
    const { serviceRequestId, category, title, severity, status, createdAt, updatedAt, version } = request;
    return { serviceRequestId, category, title, severity, status, createdAt, updatedAt, version, yourSide: side };
  },
};

/** Feed items of events, each with its resource and that resource as it is now (`currentOf`), read once per page. */
export async function toFeedItems(entries: FeedEntry[]): Promise<FeedItem[]> {
  const current = new Map<string, Promise<unknown>>();
  const load = (entry: FeedEntry, resource: Resource): Promise<unknown> | undefined => {
    const read = currentOf[resource.type];
    if (!read) return undefined;
    const key = `${entry.organizationId}#${resource.type}#${resource.id}`;
    if (!current.has(key)) current.set(key, read(entry.organizationId, resource, entry));
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
