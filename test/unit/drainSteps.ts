/** Runs a time-sliced generator to its end: how many times it paused, and what it returned. */
export function drainSteps<T>(steps: Generator<unknown, T>): { pauses: number; value: T } {
  let pauses = 0;
  let step = steps.next();
  while (!step.done) {
    pauses++;
    step = steps.next();
  }
  return { pauses, value: step.value };
}
