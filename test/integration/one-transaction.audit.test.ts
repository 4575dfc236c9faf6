import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '#shared/app/routes';
import { allStacks, stack } from '../support/api';

/**
 * One change, one transaction, for every operation (issue 14): the local gateway notes each table write an
 * API request makes, and this file, run after every other (test/support/sequencer.ts), reads what the whole
 * suite made each operation do. The gateway also probes every state-changing operation of the route
 * declaration once (`LOCAL_FAULT_PROBE`): its first request that writes is first run with that write failing. An operation that answered 2xx after more than one write must be listed below
 * with the reason its extra writes cannot leave anything half-done.
 */
const extraWrites: Record<string, { writes: number; why: string }> = {};

const stateChanging = routes.filter((route) => route.method !== 'GET' && !route.path.startsWith('/v1/pages/'));

// Runs last (test/support/sequencer.ts), but beside the other worker's last file: first, every stack idle.
beforeAll(async () => {
  for (const other of allStacks) {
    const own = other === stack ? 1 : 0;
    for (;;) {
      const { leases } = (await (await fetch(`${other.urls.api}/__local/leases`)).json()) as { leases: number };
      if (leases <= own) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}, 900_000);

/** What the gateways of every stack of this run noted. */
async function writesOfEveryStack() {
  const operations: Record<string, { requests: number; maxWrites: number; writes: string[] }> = {};
  const faultProbes: Record<string, { probeStatus: number; attempted: number; retryStatus: number }> = {};
  for (const each of allStacks) {
    const noted = (await (await fetch(`${each.urls.api}/__local/writes`)).json()) as {
      operations: typeof operations;
      faultProbes: typeof faultProbes;
    };
    for (const [id, seen] of Object.entries(noted.operations)) {
      const before = operations[id];
      operations[id] = before
        ? {
            requests: before.requests + seen.requests,
            maxWrites: Math.max(before.maxWrites, seen.maxWrites),
            writes: [...new Set([...before.writes, ...seen.writes])],
          }
        : seen;
    }
    // a probe that went wrong on any stack is the one to see
    for (const [id, probe] of Object.entries(noted.faultProbes))
      if (!faultProbes[id] || probe.probeStatus < 500 || probe.attempted !== 1 || probe.retryStatus >= 500)
        faultProbes[id] = probe;
  }
  return { operations, faultProbes };
}

describe('one change, one transaction (the write audit of this run)', () => {
  it('every state-changing operation the suite made succeed wrote at most one transaction', async () => {
    const { operations } = await writesOfEveryStack();
    const observed = stateChanging.filter((route) => operations[route.operationId]);
    if (observed.length < 20) return; // run alone: nothing to audit
    const lines = stateChanging.map((route) => {
      const seen = operations[route.operationId];
      return `${route.operationId}: ${seen ? `${seen.requests} requests, at most ${seen.maxWrites} writes (${seen.writes.join(', ')})` : 'not exercised'}`;
    });
    console.log(lines.join('\n'));
    const offenders = observed
      .map((route) => ({ operationId: route.operationId, ...operations[route.operationId]! }))
      .filter((seen) => seen.maxWrites > (extraWrites[seen.operationId]?.writes ?? 1));
    expect(offenders).toEqual([]);
  });

  it('every state-changing operation, its first write failed: a 5xx, nothing written, and the same request then answered', async () => {
    const { faultProbes } = await writesOfEveryStack();
    const probed = stateChanging.filter((route) => faultProbes[route.operationId]);
    if (probed.length < 20) return; // run alone: nothing to audit
    const lines = stateChanging.map((route) => {
      const p = faultProbes[route.operationId];
      return `${route.operationId}: ${p ? `first write failed -> ${p.probeStatus} after ${p.attempted} write(s); then ${p.retryStatus}` : 'never wrote in this run'}`;
    });
    console.log(lines.join('\n'));
    const offenders = probed
      .map((route) => ({ operationId: route.operationId, ...faultProbes[route.operationId]! }))
      // a failed write must fail the request (never a 2xx that pretends), stop it (no second write), and leave
      // the same request answerable (no half-done state in the way)
      .filter((p) => p.probeStatus < 500 || p.attempted !== 1 || p.retryStatus >= 500);
    expect(offenders).toEqual([]);
  });
});

describe('the links of every email this run sent', () => {
  it('each opens a usable HTML page in a browser (after sign-in where needed), never a JSON route', async () => {
    // one link per page and kind of query (tokens differ; the page is the same), from every stack's mail
    const links = new Map<string, { url: string; subject: string }>();
    const failures: string[] = [];
    for (const { urls } of allStacks) {
      const api = urls.api;
      const { emails } = (await (await fetch(`${urls.mail}/store`)).json()) as {
        emails: { subject: string; body: { text: string } }[];
      };
      for (const email of emails)
        for (const [found] of email.body.text.matchAll(/https?:\/\/[^\s)>\]"']+/g)) {
          const url = found.replace(/[.,;:]+$/, '');
          if (!url.startsWith(api)) continue;
          if (!URL.canParse(url)) {
            failures.push(`${url} (from "${email.subject}"): not a URL`);
            continue;
          }
          const parsed = new URL(url);
          if (parsed.pathname === '/') continue; // the site named as where our links start, not a link
          links.set(`${parsed.pathname}?${[...parsed.searchParams.keys()].sort().join('&')}`, {
            url,
            subject: email.subject,
          });
        }
    }
    if (links.size === 0) return; // run alone: no email was sent
    for (const [kind, { url, subject }] of links) {
      const response = await fetch(url, { headers: { accept: 'text/html' } });
      const type = response.headers.get('content-type') ?? '';
      const html = await response.text();
      if (!type.startsWith('text/html') || response.status >= 500 || !/<h1>[^<]+<\/h1>/.test(html))
        failures.push(`${kind} (from "${subject}"): ${response.status} ${type}`);
    }
    console.log(`email links followed: ${[...links.keys()].join(', ')}`);
    expect(failures).toEqual([]);
  });
});
