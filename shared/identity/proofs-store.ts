import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { SupportDetails } from '#shared/enrollment/schemas';
import { clock } from '#shared/platform/clock';
import { hashToken, newSecretToken } from '#shared/platform/crypto';
import { defineEntity } from '#shared/platform/entity';
import { linkCheckFloorMs, steadily } from '#shared/platform/steady';
import { db, type TransactItem, tableName } from '#shared/platform/table';

/**
 * An emailed proof of mailbox ownership: the link's secret exists only in the email, its hash here. An address
 * becomes a platform identity only when such a link is used (sign-up, and every user an administrator adds).
 */
export const emailProofEntity = defineEntity({
  name: 'EmailProof',
  key: { pk: 'PROOF#{tokenHash}', sk: 'PROOF' },
  patterns: ['an emailed proof link, by the hash of its secret: GetItem; used once by a conditional Update'],
});

export interface EmailProof {
  purpose: 'SignUp' | 'Member' | 'PartnerId' | 'PasswordReset';
  /** The pending sign-up's id, the member's user id, or the organization asking for a PartnerID. */
  subjectId: string;
  /** For a PartnerID's proof of control: which PartnerID, for which enrollment. */
  partnerId?: string;
  enrollmentId?: string;
  /** An existing partner's support-only enrollment, activated by this proof instead of linking to one. */
  activation?: { support?: SupportDetails; requestedBy: string };
  email: string;
  /** The person chooses their password on the proof's page (nobody else ever saw one). */
  choosePassword: boolean;
  expiresAt: string;
  usedAt?: string;
}

export const proofLifetimeHours = { SignUp: 24, Member: 72, PartnerId: 72, PasswordReset: 1 } as const;

/** Mints a proof link's secret and stores its hash; each email gets its own, every unused one works until it expires. */
export async function mintEmailProof(proof: Omit<EmailProof, 'expiresAt' | 'usedAt'>): Promise<string> {
  const token = newSecretToken();
  const expiresAt = new Date(clock.now().getTime() + proofLifetimeHours[proof.purpose] * 3600_000).toISOString();
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...emailProofEntity.key({ tokenHash: hashToken(token) }),
        entity: 'EmailProof',
        ...proof,
        expiresAt,
        ttl: Math.floor(new Date(expiresAt).getTime() / 1000) + 7 * 24 * 3600,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return token;
}

const tokenShape = /^[A-Za-z0-9_-]{16,128}$/;

/** The proof a link may still use: known, unused and unexpired; anything else is undefined, in the same steady time. */
export async function usableEmailProof(token: string | undefined): Promise<EmailProof | undefined> {
  return steadily(linkCheckFloorMs, () => readUsableProof(token));
}

async function readUsableProof(token: string | undefined): Promise<EmailProof | undefined> {
  if (!token || !tokenShape.test(token)) return undefined;
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: emailProofEntity.key({ tokenHash: hashToken(token) }),
      ConsistentRead: true,
    }),
  );
  const proof = Item as EmailProof | undefined;
  return proof && !proof.usedAt && proof.expiresAt > clock.nowIso() ? proof : undefined;
}

/** The transaction item that uses a proof: it fails when the link was used meanwhile or has expired. */
export function useEmailProofItem(token: string): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: emailProofEntity.key({ tokenHash: hashToken(token) }),
      UpdateExpression: 'SET usedAt = :now',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(usedAt) AND expiresAt > :now',
      ExpressionAttributeValues: { ':now': clock.nowIso() },
    },
  };
}

/** The transaction item that makes a used proof usable again (its use was undone: the identity provider failed). */
export function restoreEmailProofItem(token: string): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: emailProofEntity.key({ tokenHash: hashToken(token) }),
      UpdateExpression: 'REMOVE usedAt',
      ConditionExpression: 'attribute_exists(pk)',
    },
  };
}
