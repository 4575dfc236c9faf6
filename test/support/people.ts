import { call, confirmByEmail, type SignedIn, signInToken, strongPassword, uniqueEmail } from './api';

export const operatorCredentials = { email: 'operator@csp-partner.local', password: 'Operator-Local-1!' };

let operatorToken: string | undefined;
export async function operator(): Promise<string> {
  operatorToken ??= await signInToken(operatorCredentials.email, operatorCredentials.password);
  return operatorToken;
}

/**
 * Adds a user with the given roles through the API (createPartnerUser, by the organization's global admin)
 * confirms its address through the emailed link, and completes its first sign-in with the temporary password.
 */
export async function seedMember(
  admin: SignedIn,
  roles: { agentRole: string; adminRole: string },
  fullName = 'Second User',
): Promise<SignedIn & { temporaryPassword: string }> {
  const email = uniqueEmail('member');
  const created = await call('POST', '/v1/users', { token: admin.token, body: { fullName, email, ...roles } });
  if (created.status !== 201) throw new Error(`createPartnerUser failed: ${created.status} ${created.text}`);
  await confirmByEmail(email);
  const first = await call('POST', '/v1/sign-in', { body: { email, password: created.body.temporaryPassword } });
  const done = await call('POST', '/v1/sign-in/new-password', {
    body: { email, session: first.body.session, newPassword: strongPassword },
  });
  if (done.status !== 200) throw new Error(`first sign-in failed: ${done.status} ${done.text}`);
  return {
    organizationId: admin.organizationId,
    userId: created.body.user.userId,
    email,
    token: done.body.tokens.accessToken,
    temporaryPassword: created.body.temporaryPassword,
  };
}

/** A PartnerID the directory knows, active, in `country`; with `contactEmail`, linking it needs that mailbox. */
export async function directoryPartnerId(
  country = 'IT',
  status: 'Active' | 'Inactive' = 'Active',
  contactEmail?: string,
): Promise<string> {
  const partnerId = String(Math.floor(1_000_000 + Math.random() * 8_999_999));
  const response = await call('POST', '/v1/operator/partner-directory', {
    token: await operator(),
    body: {
      records: [
        { partnerId, organizationName: 'Directory Org', country, status, ...(contactEmail ? { contactEmail } : {}) },
      ],
    },
  });
  if (response.status !== 200) throw new Error(`directory import failed: ${response.status} ${response.text}`);
  return partnerId;
}
