/**
 * The one clock of the application. In AWS it is the system clock. The local stack may shift it (tests move
 * time forward to expire links and deadlines) or run it faster (`npm start` with TIME_SCALE, so a person
 * can watch business days pass in minutes).
 */
let offsetMs = 0;
let rate = 1;
let anchorReal = Date.now();
let anchorApp = anchorReal;

function nowMs(): number {
  return anchorApp + (Date.now() - anchorReal) * rate + offsetMs;
}

export const clock = {
  now(): Date {
    return new Date(nowMs());
  },
  nowIso(): string {
    return clock.now().toISOString();
  },
  nowEpochSeconds(): number {
    return Math.floor(nowMs() / 1000);
  },
};

/** Local stack only: moves the application clock forward by `ms`. */
export function advanceClock(ms: number): void {
  offsetMs += ms;
}

/** Local stack only: from now on, one real second is `scale` application seconds. */
export function setClockRate(scale: number): void {
  anchorApp = nowMs() - offsetMs;
  anchorReal = Date.now();
  rate = scale;
}

/** How many application milliseconds pass per real millisecond. */
export function clockRate(): number {
  return rate;
}
