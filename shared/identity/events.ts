import { defineEvents } from '#shared/platform/outbox';
import * as z from '#shared/platform/zod';

/** The events of sign-up, before any organization exists. */
export const identityEvents = defineEvents({
  SignUpRequested: z.object({ signUpId: z.string() }),
  PasswordResetRequested: z.object({ userId: z.string() }),
});
