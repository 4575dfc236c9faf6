import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { clock } from '#shared/platform/clock';
import { defineEntity } from '#shared/platform/entity';
import { TooManyRequestsError } from '#shared/platform/errors';
import { db, type TransactItem, tableName } from '#shared/platform/table';

/**
 * Daily sending caps, per sending organization and per recipient (UTC days; docs/decisions.md): every email
 * a change sends counts in the change's own transaction, so a cap reached refuses the change (429) and
 * nothing is sent.
 */
export const mailCaps = { perOrganizationPerDay: 200, perRecipientPerDay: 5 } as const;

const sendQuotaEntity = defineEntity({
  name: 'SendQuota',
  key: { pk: 'QUOTA#{scope}#{subject}', sk: '{day}' },
  patterns: ['a daily counter: conditional Update (ADD) in the transaction that sends'],
});

/**
 * One mailbox, however it is written: case folded, and plus-addressing (`ada+1@x`) and, for Gmail, dots in
 * the local part removed, so a per-recipient cap cannot be dodged by spelling one address many ways.
 */
export function normalizeRecipient(email: string): string {
  const at = email.lastIndexOf('@');
  const domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase();
  let local = email.slice(0, at).trim().toLowerCase();
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (domain === 'gmail.com' || domain === 'googlemail.com') local = local.replaceAll('.', '');
  return `${local}@${domain}`;
}

/** A day's counter: `ADD sent 1`, refused at `cap` when one is given. */
function counter(scope: 'ORG' | 'EMAIL', subject: string, cap?: number) {
  const ttl = clock.nowEpochSeconds() + 3 * 24 * 3600;
  return {
    TableName: tableName,
    Key: sendQuotaEntity.key({ scope, subject, day: clock.nowIso().slice(0, 10) }),
    UpdateExpression: 'ADD sent :one SET #ttl = :ttl',
    ExpressionAttributeNames: { '#ttl': 'ttl' },
    ExpressionAttributeValues: { ':one': 1, ':ttl': ttl, ...(cap !== undefined && { ':cap': cap }) },
    ...(cap !== undefined && { ConditionExpression: 'attribute_not_exists(sent) OR sent < :cap' }),
  };
}

/** The two counter updates (organization, then recipient) to put in the transaction that sends. */
export function mailQuotaItems(organizationId: string, recipient: string): TransactItem[] {
  return [{ Update: counter('ORG', organizationId, mailCaps.perOrganizationPerDay) }, recipientQuotaItem(recipient)];
}

/** The recipient's counter alone, for email sent before any organization exists (sign-up). */
export function recipientQuotaItem(recipient: string): TransactItem {
  return { Update: counter('EMAIL', normalizeRecipient(recipient), mailCaps.perRecipientPerDay) };
}

/** The 429 for a refused counter: `which` 0 is the organization's, 1 the recipient's. */
export function mailCapError(which: 0 | 1): TooManyRequestsError {
  return new TooManyRequestsError(
    which === 0
      ? `Your organization has sent its ${mailCaps.perOrganizationPerDay} emails for today; try again tomorrow (UTC).`
      : `This address has received ${mailCaps.perRecipientPerDay} emails from the platform today; try again tomorrow (UTC).`,
  );
}

/**
 * Counts a notice that was sent (see `sendNotice`) on the day's counters of the organization whose change
 * caused it and of its recipient, without a cap: a notice is never held back, but it uses the budget.
 */
export async function countNotice(causedBy: string, recipient: string): Promise<void> {
  await Promise.all([
    db.send(new UpdateCommand(counter('ORG', causedBy))),
    db.send(new UpdateCommand(counter('EMAIL', normalizeRecipient(recipient)))),
  ]);
}
