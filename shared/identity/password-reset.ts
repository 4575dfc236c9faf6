import { identityEvents } from '#shared/identity/events';
import { TooManyRequestsError } from '#shared/platform/errors';
import { mailCapError, recipientQuotaItem } from '#shared/platform/mail-quota-store';
import { steadily } from '#shared/platform/steady';
import { transact } from '#shared/platform/table';
import { findUserIdByEmail, getMember } from '#shared/users/members-store';

/** Above the slowest path (two reads and a transaction), so the answer's timing does not say whether an account exists. */
const requestFloorMs = 250;

/**
 * Someone forgot their password: when the address is an active user's, the event that emails a one-hour link
 * is written, counted on the recipient's daily cap. The caller learns nothing either way (same answer, same
 * time); a cap reached sends nothing more today, silently, so the form cannot flood a mailbox.
 */
export async function requestPasswordReset(email: string, correlationId: string): Promise<void> {
  await steadily(requestFloorMs, async () => {
    const userId = await findUserIdByEmail(email.trim());
    const member = userId ? await getMember(userId) : undefined;
    if (member?.status !== 'active') return;
    await transact(
      [
        identityEvents.put(
          'PasswordResetRequested',
          { userId: member.userId },
          { organizationId: member.organizationId, correlationId },
        ),
        recipientQuotaItem(member.email),
      ],
      () => mailCapError(1),
    ).catch((error: unknown) => {
      if (!(error instanceof TooManyRequestsError)) throw error;
    });
  });
}
