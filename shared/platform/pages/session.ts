import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { clock } from '#shared/platform/clock';
import { readConfig } from '#shared/platform/config';
import { hashToken, newSecretToken, safeEqual } from '#shared/platform/crypto';
import { defineEntity } from '#shared/platform/entity';
import { db, tableName } from '#shared/platform/table';
import * as z from '#shared/platform/zod';
import { getMember, type Member, mayAct } from '#shared/users/members-store';

const config = readConfig(z.object({ PUBLIC_BASE_URL: z.url() }));
const secure = config.PUBLIC_BASE_URL.startsWith('https:') ? '; Secure' : '';

const pageSession = defineEntity({
  name: 'PageSession',
  key: { pk: 'SESSION#{idHash}', sk: 'SESSION' },
  patterns: ['a page session by the hash of its cookie: GetItem'],
});

/** Pages keep a server-side session: a random id in an HttpOnly cookie, its hash in the table, 8 hours. */
const sessionSeconds = 8 * 3600;
export const sessionCookie = 'csp_session';
export const csrfCookie = 'csp_csrf';

const cookie = (name: string, value: string, maxAge: number) =>
  `${name}=${encodeURIComponent(value)}; Path=/v1; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure}`;

export async function startSession(userId: string): Promise<string> {
  const id = newSecretToken();
  const expiresAt = clock.nowEpochSeconds() + sessionSeconds;
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...pageSession.key({ idHash: hashToken(id) }),
        entity: 'PageSession',
        userId,
        expiresAt,
        // compared with the member's tokensNotBefore, which is on the identity provider's (real) clock
        issuedAt: Math.floor(Date.now() / 1000),
        ttl: expiresAt + 3600,
      },
    }),
  );
  return cookie(sessionCookie, id, sessionSeconds);
}

/** The member behind the session cookie, if the session is live and the user still active. */
export async function sessionMember(cookies: Record<string, string>): Promise<Member | undefined> {
  const id = cookies[sessionCookie];
  if (!id) return undefined;
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: pageSession.key({ idHash: hashToken(id) }) }),
  );
  if (!Item || Number(Item.expiresAt) <= clock.nowEpochSeconds()) return undefined;
  const member = await getMember(String(Item.userId));
  return mayAct(member, Number(Item.issuedAt)) ? member : undefined;
}

export async function endSession(cookies: Record<string, string>): Promise<string> {
  const id = cookies[sessionCookie];
  if (id) await db.send(new DeleteCommand({ TableName: tableName, Key: pageSession.key({ idHash: hashToken(id) }) }));
  return cookie(sessionCookie, '', 0);
}

/**
 * CSRF by double submit: a random token in a SameSite=Strict cookie, repeated in every form. A post whose
 * field does not match its cookie is refused.
 */
export function csrfFor(cookies: Record<string, string>): { token: string; setCookie?: string } {
  const existing = cookies[csrfCookie];
  if (existing && /^[\w-]{43}$/.test(existing)) return { token: existing };
  const token = newSecretToken();
  return { token, setCookie: cookie(csrfCookie, token, sessionSeconds) };
}

export function csrfValid(cookies: Record<string, string>, submitted: string | undefined): boolean {
  const expected = cookies[csrfCookie];
  return Boolean(expected && submitted && safeEqual(expected, submitted));
}
