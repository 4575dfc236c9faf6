/**
 * Runs `work` and answers no sooner than `floorMs` after it started: the answer's timing then says nothing
 * about which path the work took (a link known or not, used or not), as long as the work fits in the floor.
 * Reads of an item that exists and of one that does not differ by a fraction of a millisecond, which a
 * few hundred samples can detect; a floor above the slowest path hides it.
 */
export async function steadily<T>(floorMs: number, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    const left = floorMs - (performance.now() - started);
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  }
}

/** The floor of every link check: above two consistent reads, in AWS and locally. */
export const linkCheckFloorMs = 25;
