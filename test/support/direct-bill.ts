import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { call, getItem, newOrganization, type SignedIn, table, tableName } from './api';
import { directoryPartnerId, operator } from './people';

/** The app clock's now (tests share it with the stack). */
export async function appNow(): Promise<Date> {
  return new Date((await call('GET', '/__local/clock')).body.now);
}

/** Adds revenue to a partner's summary as orders' transactions do: `usd` to the month, the first date kept. */
export async function addToRevenueSummary(organizationId: string, month: string, usd: number, date: string) {
  await table.send(
    new UpdateCommand({
      TableName: tableName,
      Key: { pk: `ORG#${organizationId}`, sk: 'REVENUE_BY_MONTH' },
      UpdateExpression: 'SET entity = :e, firstTransactionAt = if_not_exists(firstTransactionAt, :d) ADD #m :usd',
      ExpressionAttributeNames: { '#m': `usd#${month}` },
      ExpressionAttributeValues: { ':e': 'RevenueSummary', ':d': date, ':usd': usd },
    }),
  );
}

/** Takes months out of a partner's revenue summary (test setup: a partner whose revenue fell). */
export async function removeRevenueMonths(organizationId: string, months: string[]) {
  await table.send(
    new UpdateCommand({
      TableName: tableName,
      Key: { pk: `ORG#${organizationId}`, sk: 'REVENUE_BY_MONTH' },
      UpdateExpression: `REMOVE ${months.map((_, i) => `#m${i}`).join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(months.map((month, i) => [`#m${i}`, `usd#${month}`])),
    }),
  );
}

/** The months a partner's revenue summary holds, oldest first. */
export async function revenueMonths(organizationId: string): Promise<string[]> {
  const summary = await getItem(`ORG#${organizationId}`, 'REVENUE_BY_MONTH');
  return Object.keys(summary ?? {})
    .filter((name) => name.startsWith('usd#'))
    .map((name) => name.slice(4))
    .sort();
}

/** Revenue as reseller of record, `usdPerMonth` in each of the `months` months before now (test setup). */
export async function seedRevenue(org: SignedIn, usdPerMonth: number, months: number): Promise<void> {
  const now = await appNow();
  for (let i = months; i >= 1; i -= 1) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 15));
    const month = d.toISOString().slice(0, 7);
    await addToRevenueSummary(org.organizationId, month, usdPerMonth, d.toISOString());
    await table.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          pk: `ORG#${org.organizationId}`,
          sk: `REVENUE#${month}#seed-${i}`,
          entity: 'Revenue',
          orderId: `seed-${i}`,
          customerId: 'seed',
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
