import { decideReevaluation, type ReevaluationOutcome } from '#shared/direct-bill/reevaluate';
import { gatherFactsOfMany, listDueProfiles } from '#shared/direct-bill/store';
import { clock } from '#shared/platform/clock';
import { NotFoundError } from '#shared/platform/errors';
import { getJobRun, saveJobRun } from '#shared/platform/job-runs-store';
import { logger } from '#shared/platform/logger';
import { transactGroups } from '#shared/platform/table';

export interface ReevaluationSummary {
  day: string;
  alreadyDone: boolean;
  due: number;
  outcomes: Record<ReevaluationOutcome, number>;
  /** Items the job itself read from the index (the cost that must grow with the partners due). */
  indexItemsRead: number;
  pages: number;
  durationMs: number;
}

const job = 'reevaluateDirectBill';

const emptyOutcomes = (): Record<ReevaluationOutcome, number> => ({ Passed: 0, Restricted: 0, Lifted: 0, NotDue: 0 });

/**
 * The annual re-evaluation (seed 001). It reads only the partners whose review is due: a Query on the
 * sparse due-date index (`DIRECTBILL_DUE`, sorted by date), so its cost grows with the partners due, not
 * with all partners. Each page is read in two more rounds (the partners' facts, then their PartnerIDs'
 * directory entries), decided in memory, and written as each partner's one transaction, packed 100 items to a
 * request; a partner changed meanwhile is left out (its version condition fails) and counted not due. It
 * checkpoints after each page, so a run that stops resumes where it stopped; a run that finished for the day
 * answers at once, with no second effect.
 */
export async function reevaluateDueDirectBillPartners(
  options: { pageSize?: number; onProgress?: (done: number, due: number) => void } = {},
): Promise<ReevaluationSummary> {
  const startedAt = Date.now();
  const day = clock.nowIso().slice(0, 10);
  const checkpoint = await getJobRun<{
    done: boolean;
    cursor?: Record<string, unknown>;
    due: number;
    outcomes: Record<ReevaluationOutcome, number>;
    indexItemsRead: number;
    pages: number;
  }>(job, day);
  if (checkpoint?.done)
    return {
      day,
      alreadyDone: true,
      due: checkpoint.due,
      outcomes: checkpoint.outcomes,
      indexItemsRead: 0,
      pages: 0,
      durationMs: Date.now() - startedAt,
    };

  const state = {
    cursor: checkpoint?.cursor,
    due: checkpoint?.due ?? 0,
    outcomes: checkpoint?.outcomes ?? emptyOutcomes(),
    indexItemsRead: checkpoint?.indexItemsRead ?? 0,
    pages: checkpoint?.pages ?? 0,
  };
  const now = clock.now();
  do {
    const page = await listDueProfiles(day, { limit: options.pageSize ?? 250, cursor: state.cursor });
    const profiles = page.profiles;
    state.indexItemsRead += profiles.length;
    state.pages += 1;
    state.due += profiles.length;
    const { policies, facts } = await gatherFactsOfMany(
      profiles.map((profile) => profile.organizationId),
      now,
    );
    const decisions = profiles.map((profile) => {
      const gathered = facts.get(profile.organizationId);
      if (!gathered) return undefined;
      try {
        return decideReevaluation(
          gathered,
          policies,
          { onlyIfDue: true, expectedVersion: profile.version, correlationId: `reevaluate-${day}` },
          now,
        );
      } catch (error) {
        if (error instanceof NotFoundError) return undefined;
        throw error;
      }
    });
    const refused = await transactGroups(decisions.map((decision) => decision?.items ?? []));
    decisions.forEach((decision, index) => {
      state.outcomes[decision && !refused.has(index) ? decision.outcome : 'NotDue'] += 1;
    });
    options.onProgress?.(
      Object.values(state.outcomes).reduce((a, b) => a + b, 0),
      state.due,
    );
    state.cursor = page.cursor;
    await saveJobRun(job, day, { done: !state.cursor, ...state });
  } while (state.cursor);
  const summary = {
    day,
    alreadyDone: false,
    due: state.due,
    outcomes: state.outcomes,
    indexItemsRead: state.indexItemsRead,
    pages: state.pages,
    durationMs: Date.now() - startedAt,
  };
  logger.info('direct-bill re-evaluation', { ...summary });
  return summary;
}
