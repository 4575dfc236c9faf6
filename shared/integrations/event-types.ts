import { customerEvents } from '#shared/customers/events';
import { directBillEvents } from '#shared/direct-bill/events';
import { enrollmentEvents } from '#shared/enrollment/events';
import { identityEvents } from '#shared/identity/events';
import { integrationEvents, internalEventTypes } from '#shared/integrations/events';
import { partnerEvents } from '#shared/partners/events';
import { userEvents } from '#shared/users/events';

/** The event types an endpoint may ask for: every feature's, without the webhooks' own plumbing. */
export const publicEventTypes = [
  ...customerEvents.types,
  ...directBillEvents.types,
  ...enrollmentEvents.types,
  ...identityEvents.types,
  ...integrationEvents.types,
  ...partnerEvents.types,
  ...userEvents.types,
]
  .filter((type) => !(internalEventTypes as readonly string[]).includes(type))
  .sort();
