/**
 * Work in steps: a generator whose bare `yield`s mark where a long computation may pause. Node and
 * the tests run it to the end at once (`runSteps`); on a live page the caller gives the page's
 * thread back at each pause (src/ondemand/analysis-cache.ts).
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, awaiting `pause()` between two of them (a caller on a live page gives its thread back there). */
export async function runStepsPaused<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
