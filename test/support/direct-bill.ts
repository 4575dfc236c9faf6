import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { call, getItem, newOrganization, type SignedIn, table, tableName } from './api';
import { directoryPartnerId, operator } from './people';

/** The app clock's now (tests share it with the stack). */
export async function appNow(): Promise<Date> {
  return new Date((await call('GET', '/__local/clock')).body.now);
}

/** Revenue as reseller of record, `usdPerMonth` in each of the `months` months before now (test setup). */
export async function seedRevenue(org: SignedIn, usdPerMonth: number, months: number): Promise<void> {
  const now = await appNow();
  for (let i = 1; i <= months; i += 1) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 15));
    const month = d.toISOString().slice(0, 7);
    await table.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          pk: `ORG#${org.organizationId}`,
          sk: `REVENUE#${month}#seed-${i}`,
          entity: 'Revenue',
          orderId: `seed-${i}`,
          amount: usdPerMonth,
          currency: 'USD',
          usd: usdPerMonth,
          date: d.toISOString(),
        },
      }),
    );
  }
}

export const attest = async (org: SignedIn) => {
  for (const attestation of ['signingAuthority', 'firstLevelSupport', 'customerAccounting', 'managedService']) {
    const response = await call('POST', '/v1/direct-bill/attestations', {
      token: org.token,
      body: { attestation, statement: `We attest ${attestation}.` },
    });
    if (response.status !== 200) throw new Error(`attest: ${response.text}`);
  }
};

/** An indirect reseller with a valid PartnerID, the attestations, and 13 months of USD 30K revenue. */
export async function eligibleReseller(): Promise<SignedIn> {
  const org = await newOrganization({ country: 'IT' });
  const partnerId = await directoryPartnerId('IT');
  await call('POST', `/v1/operator/organizations/${org.organizationId}/programs`, {
    token: await operator(),
    body: { program: 'IndirectReseller', partnerId },
  });
  await attest(org);
  await seedRevenue(org, 30_000, 13);
  return org;
}

/** An active direct-bill partner whose review is due on `due` (yyyy-mm-dd), as the annual job finds it. */
export async function directBillPartnerDue(
  org: SignedIn,
  due: string,
  status: 'Active' | 'Restricted' = 'Active',
): Promise<void> {
  const registered = await call('POST', `/v1/operator/organizations/${org.organizationId}/programs`, {
    token: await operator(),
    body: { program: 'DirectBill', partnerId: (await getItem(`ORG#${org.organizationId}`, 'PROFILE'))!.partnerId },
  });
  if (registered.status !== 200) throw new Error(registered.text);
  const profile = (await getItem(`ORG#${org.organizationId}`, 'DIRECTBILL'))!;
  await table.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...profile,
        supportPlan: { plan: 'PremierSupportForPartners', purchasedAt: '2025-02-01T00:00:00.000Z' },
        creditCheck: { passed: true, recordedAt: '2025-01-01T00:00:00.000Z' },
        assessment: { passed: true, assessor: 'Assessor Ltd', recordedAt: '2025-03-01T00:00:00.000Z' },
        status,
        nextReviewDue: due,
        gsi3pk: 'DIRECTBILL_DUE',
        gsi3sk: `${due}#${org.organizationId}`,
      },
    }),
  );
  if (status === 'Restricted') {
    const { UpdateCommand } = await import('@aws-sdk/lib-dynamodb');
    await table.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { pk: `ORG#${org.organizationId}`, sk: 'PROFILE' },
        UpdateExpression: 'SET programs.DirectBill.#s = :r',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':r': 'Restricted' },
      }),
    );
  }
}
