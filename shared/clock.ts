/**
 * The one clock of the application. In AWS it is the system clock; the local stack may shift it so that
 * tests and people can move time forward (expiry of links, business-day deadlines) without waiting.
 */
let offsetMs = 0;

export const clock = {
  now(): Date {
    return new Date(Date.now() + offsetMs);
  },
  nowIso(): string {
    return clock.now().toISOString();
  },
  nowEpochSeconds(): number {
    return Math.floor(clock.now().getTime() / 1000);
  },
};

/** Local stack only: moves the application clock by `ms` (cumulative). */
export function advanceClock(ms: number): void {
  offsetMs += ms;
}

export function clockOffsetMs(): number {
  return offsetMs;
}
