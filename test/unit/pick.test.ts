import { describe, expect, it } from 'vitest';
import { pick } from '#shared/platform/pick';

describe('pick', () => {
  it('keeps the named fields only, so a storage attribute never reaches a view', () => {
    const item = { pk: 'ORG#1', sk: 'LEAD#2', leadId: '2', companyName: 'Contoso' };
    expect(pick(item, ['leadId', 'companyName'])).toEqual({ leadId: '2', companyName: 'Contoso' });
  });
});
