/**
 * Target 5: the annual re-evaluation job. Its cost grows with the partners due, not with all partners (the
 * same requests for 100 due among 10,000 and among 100,000), and 1,000 due partners take at most twice the
 * physical floor: the same number of items written unconditionally with BatchWriteItem, in the same run.
 */
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { requestCounter } from './requests';
import { add, round, section } from './support';

type Counter = ReturnType<typeof requestCounter>;

export async function measureJob(counter: Counter, options: { populations: number[]; manyDue: number }) {
  const { putAll, db, tableName, transactionsAtOnce } = await import('#shared/platform/table');
  const { reevaluateDueDirectBillPartners } = await import('#shared/direct-bill/reevaluation-job');
  const { advanceClock, clock } = await import('#shared/platform/clock');
  section('Annual re-evaluation job');

  let seeded = 0;
  /** `due` partners due today (with everything an evaluation reads), and non-due ones up to `population`. */
  async function seed(population: number, due: number) {
    const today = clock.nowIso().slice(0, 10);
    const month = today.slice(0, 7);
    const items: Record<string, unknown>[] = [];
    const profile = (id: string, day: string) => ({
      pk: `ORG#${id}`,
      sk: 'DIRECTBILL',
      organizationId: id,
      attestations: {},
      status: 'Active',
      version: 1,
      nextReviewDue: day,
      gsi3pk: 'DIRECTBILL_DUE',
      gsi3sk: `${day}#${id}`,
    });
    for (let i = 0; i < due; i += 1) {
      const id = `bench-due-${today}-${i}`;
      const partnerId = `9${String(seeded + i).padStart(6, '0')}`;
      items.push(
        profile(id, today),
        {
          pk: `ORG#${id}`,
          sk: 'PROFILE',
          organizationId: id,
          legalName: `Bench ${i}`,
          country: 'IT',
          partnerId,
          programs: { DirectBill: { status: 'Active', since: today } },
          version: 1,
        },
        {
          pk: `DIRECTORY#${partnerId}`,
          sk: 'PARTNER',
          partnerId,
          organizationName: `Bench ${i}`,
          country: 'IT',
          status: 'Active',
        },
        {
          pk: `ORG#${id}`,
          sk: 'REVENUE_BY_MONTH',
          firstTransactionAt: `${today}T00:00:00.000Z`,
          [`usd#${month}`]: 1000,
        },
      );
    }
    for (let i = seeded + due; i < population; i += 1) items.push(profile(`bench-${i}`, '2099-01-01'));
    const t = performance.now();
    await putAll(items);
    process.stdout.write(
      `  seeded ${items.length} items (${due} due) in ${round((performance.now() - t) / 1000, 1)} s\n`,
    );
    seeded = Math.max(seeded + due, population);
  }

  async function nextDay() {
    advanceClock(86_400_000); // a new day: the job's daily checkpoint starts afresh
  }

  // 100 due among 10,000 partners, then 100 due among 100,000: the same requests
  const counts: number[] = [];
  for (const population of options.populations) {
    await nextDay();
    await seed(population, 100);
    counter.start();
    const summary = await reevaluateDueDirectBillPartners();
    const totals = counter.stop();
    counts.push(totals.requests);
    add({
      name: `job: 100 due among ${population.toLocaleString('en')} partners (${summary.due} read as due)`,
      value: totals.requests,
      unit: 'requests',
      target: 'the same for every population',
      met: summary.due === 100 && totals.requests === counts[0],
    });
  }

  // 1,000 due: time and requests, against the unconditional-write floor of the same number of items
  await nextDay();
  await seed(seeded, options.manyDue);
  counter.start();
  const t = performance.now();
  const summary = await reevaluateDueDirectBillPartners();
  const jobMs = performance.now() - t;
  const totals = counter.stop();
  const tFloor = performance.now();
  // the same number of items as the job wrote, of the same average size
  const padding = 'x'.repeat(Math.max(0, Math.round(totals.bytesWritten / totals.itemsWritten) - 60));
  const floorItems = Array.from({ length: totals.itemsWritten }, (_, i) => ({
    PutRequest: { Item: { pk: `BENCH#FLOOR#${Date.now()}`, sk: String(i), payload: padding } },
  }));
  // as many requests in flight as the job keeps transactions in flight
  const batches: (typeof floorItems)[] = [];
  for (let i = 0; i < floorItems.length; i += 25) batches.push(floorItems.slice(i, i + 25));
  let next = 0;
  await Promise.all(
    Array.from({ length: transactionsAtOnce }, async () => {
      while (next < batches.length)
        await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: batches[next++]! } }));
    }),
  );
  const floorMs = performance.now() - tFloor;
  add({
    name: `job: ${options.manyDue} due, unconditional-write floor (${totals.itemsWritten} items, ${Math.round(totals.bytesWritten / totals.itemsWritten)} B each)`,
    value: round(floorMs / 1000, 2),
    unit: 's',
  });
  add({
    name: `job: ${options.manyDue} due (${Object.entries(summary.outcomes)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')})`,
    value: round(jobMs / 1000, 2),
    unit: 's',
    target: '<= 2 x floor',
    baseline: round(floorMs / 1000, 2),
    ratio: round(jobMs / floorMs),
    met: jobMs / floorMs <= 2 && summary.due === options.manyDue,
  });
  add({
    name: `job: ${options.manyDue} due, requests (${totals.reads} reads, ${totals.transactions} transactions, ${totals.writes} writes)`,
    value: totals.requests,
    unit: 'requests',
    target: '<= 100',
    met: totals.requests <= 100,
  });
}
