import { describe, expect, it } from 'vitest';
import { call, newOrganization } from '../support/api';
import { operator } from '../support/people';

describe('validateAddress', () => {
  const validate = async (address: Record<string, string>) =>
    call('POST', '/v1/address-validations', { token: (await newOrganization()).token, body: { address } });

  it('verifies a complete Italian address as shippable', async () => {
    const response = await validate({ line1: 'Via Roma 1', city: 'Milano', postalCode: '20121', country: 'IT' });
    expect(response.body).toMatchObject({ status: 'VerifiedShippable', suggestedAddresses: [] });
  });

  it('suggests the standardized form of a valid address', async () => {
    const response = await validate({
      line1: '10 Downing Street',
      city: 'london',
      postalCode: 'sw1a2aa',
      country: 'GB',
    });
    expect(response.body.status).toBe('Verified');
    expect(response.body.suggestedAddresses[0]).toMatchObject({ city: 'London', postalCode: 'SW1A 2AA' });
    expect(response.body.originalAddress.postalCode).toBe('sw1a2aa');
  });

  it('asks for interaction when a required field is missing or malformed', async () => {
    const response = await validate({ line1: '1 Market St', city: 'San Francisco', postalCode: '941', country: 'US' });
    expect(response.body.status).toBe('InteractionRequired');
    expect(response.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['postalCode', 'region']);
  });

  it('does not validate countries it has no rules for', async () => {
    expect((await validate({ line1: 'Moi Avenue 1', city: 'Nairobi', country: 'KE' })).body.status).toBe(
      'NotValidated',
    );
  });
});

describe('lookupDuns', () => {
  it('fills the legal profile from the business registry, and answers 404 for an unknown number', async () => {
    const imported = await call('POST', '/v1/operator/business-registry', {
      token: await operator(),
      body: {
        records: [
          {
            dunsNumber: '123456789',
            legalName: 'Contoso Italia S.r.l.',
            address: { line1: 'Via Roma 1', city: 'Milano', postalCode: '20121', country: 'IT' },
            status: 'Active',
          },
        ],
      },
    });
    expect(imported.body.imported).toBe(1);
    const org = await newOrganization();
    const found = await call('GET', '/v1/business-registry/123456789', { token: org.token });
    expect(found.body).toMatchObject({ legalName: 'Contoso Italia S.r.l.', address: { city: 'Milano' } });
    expect((await call('GET', '/v1/business-registry/987654321', { token: org.token })).status).toBe(404);
    expect((await call('GET', '/v1/business-registry/12345', { token: org.token })).status).toBe(422);
  });
});
