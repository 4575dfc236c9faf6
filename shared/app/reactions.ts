import { customerReactions } from '#shared/customers/reactions';
import { directBillReactions } from '#shared/direct-bill/reactions';
import { enrollmentReactions } from '#shared/enrollment/reactions';
import { identityReactions } from '#shared/identity/reactions';
import { integrationReactions } from '#shared/integrations/reactions';
import { partnerReactions } from '#shared/partners/reactions';
import { mergeReactions } from '#shared/platform/outbox';
import { userReactions } from '#shared/users/reactions';

/**
 * What each event type causes outside the table (workflow starts and signals, emails, identity changes):
 * every feature's reactions, merged. Each feature declares its own beside its events.
 */
export const reactions = mergeReactions(
  identityReactions,
  userReactions,
  enrollmentReactions,
  partnerReactions,
  customerReactions,
  directBillReactions,
  integrationReactions,
);
