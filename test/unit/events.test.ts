import { describe, expect, it } from 'vitest';
import { customerEvents } from '#shared/customers/events';
import { directBillEvents } from '#shared/direct-bill/events';
import { enrollmentEvents } from '#shared/enrollment/events';
import { identityEvents } from '#shared/identity/events';
import { partnerEvents } from '#shared/partners/events';
import { userEvents } from '#shared/users/events';

const catalogs = [identityEvents, userEvents, enrollmentEvents, partnerEvents, customerEvents, directBillEvents];

describe('typed events', () => {
  it('give each event type one payload schema, in one catalog', () => {
    const types = catalogs.flatMap((catalog) => catalog.types);
    expect(new Set(types).size).toBe(types.length);
  });

  it('refuse a wrong payload at compile time (tsc runs these lines)', () => {
    const wrongType = () =>
      // @ts-expect-error userId must be a string
      userEvents.put('PartnerUserRemoved', { userId: 1, email: 'a@b.example', by: 'x' });
    const missingField = () =>
      // @ts-expect-error the payload lacks email and by
      userEvents.put('PartnerUserRemoved', { userId: 'u' });
    const unknownType = () =>
      // @ts-expect-error no such event type in this catalog
      userEvents.put('PartnerUserVanished', {});
    expect([wrongType, missingField, unknownType]).toHaveLength(3);
  });

  it('validate a payload at run time with the same schema', () => {
    expect(
      partnerEvents.catalog.ProviderLinkEnded.safeParse({ providerId: 'p', resellerId: 'r', by: 'provider' }).success,
    ).toBe(true);
    expect(partnerEvents.catalog.ProviderLinkEnded.safeParse({ providerId: 'p' }).success).toBe(false);
  });
});
