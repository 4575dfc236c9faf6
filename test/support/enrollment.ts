import { call, linkToken, type SignedIn, uniqueEmail, waitForMail } from './api';

export function enrollmentBody(
  overrides: { contactEmail?: string; country?: string; language?: string; partnerId?: string } = {},
) {
  const country = overrides.country ?? 'IT';
  return {
    legalProfile: {
      legalName: 'Contoso Italia S.r.l.',
      address: { line1: 'Via Roma 1', city: 'Milano', postalCode: '20121', country },
    },
    ...(overrides.partnerId ? { partnerId: overrides.partnerId } : {}),
    primaryContact: {
      fullName: 'Ada Rossi',
      email: overrides.contactEmail ?? uniqueEmail('contact'),
      phone: '+39 02 1234 5678',
      language: overrides.language ?? 'en',
    },
    support: { email: 'support@contoso.example', phone: '+39 02 1234 5679', website: 'https://contoso.example' },
  };
}

/** Starts an enrollment and waits for the verification email; answers the enrollment and the link token. */
export async function startEnrollment(org: SignedIn, overrides: Parameters<typeof enrollmentBody>[0] = {}) {
  const body = enrollmentBody(overrides);
  const response = await call('POST', '/v1/enrollments', { token: org.token, body });
  if (response.status !== 201) throw new Error(`enrollment failed: ${response.status} ${response.text}`);
  const [mail] = await waitForMail(body.primaryContact.email);
  return { enrollment: response.body, contactEmail: body.primaryContact.email, token: linkToken(mail!), mail: mail! };
}
