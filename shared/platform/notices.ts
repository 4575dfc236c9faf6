import { type OutgoingEmail, sendEmail } from '#shared/platform/aws/email';
import { countNotice } from '#shared/platform/mail-quota-store';

/**
 * Sends a notice (the platform telling someone about a change: review steps, link and relationship changes,
 * direct-bill decisions) and then counts it on the day's mail caps of the organization whose change caused
 * it and of its recipient. A notice never waits on a cap (the person must be told), but it uses the budget,
 * so the next request that would send mail meets the cap sooner.
 */
export async function sendNotice(causedBy: string, email: OutgoingEmail): Promise<void> {
  await sendEmail(email);
  await countNotice(causedBy, email.to);
}
