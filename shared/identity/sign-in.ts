import { type SignInResult, signInWithPassword } from '#shared/platform/aws/identity';
import { newId } from '#shared/platform/crypto';
import { UnauthorizedError } from '#shared/platform/errors';
import { getMember } from '#shared/users/members-store';
import { findUserIdByEmail } from '#shared/users/organizations-store';

/**
 * Signs a person in by email. An unknown or unproven address still goes through a (failing) sign-in, so the
 * answer and its timing do not tell; a user whose password must be chosen through its email link is told so,
 * but only once the password was right.
 */
export async function signInByEmail(
  email: string,
  password: string,
): Promise<{ userId: string; result: SignInResult }> {
  const userId = (await findUserIdByEmail(email)) ?? newId();
  const member = await getMember(userId);
  // tokens are stamped in whole seconds: one issued before the member's tokensNotBefore would be refused
  const wait = (member?.tokensNotBefore ?? 0) * 1000 - Date.now();
  if (wait > 0 && wait <= 1000) await new Promise((resolve) => setTimeout(resolve, wait));
  const result = await signInWithPassword(userId, password);
  if (member?.mustChoosePassword)
    throw new UnauthorizedError('This password no longer works: choose a new one with the link we emailed you.');
  return { userId, result };
}
