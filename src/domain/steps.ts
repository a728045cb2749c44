/**
 * Long builds (the org index, the editor's checks, the chart's nodes and its window index) are
 * written once as generators that yield between chunks of work. The same generator then runs
 * either to its end in one go (a worker, a test, a small organisation) or in slices of about
 * `sliceMs` with the thread given back in between (the page, where one 300 ms task at 10k would
 * freeze typing and scrolling). These two runners are the only places that drive such steps.
 */

/** Runs `steps` to its end at once and returns what it builds. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The slice length on the page: half a frame, leaving the other half to input and paint. */
export const SLICE_MS = 8;

const yieldToThread = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs `steps` in slices of about `sliceMs`, giving the thread back in between; resolves to
 * `undefined` when `live()` turns false at a pause (newer data arrived, the build is no longer
 * wanted).
 */
export async function runSliced<T>(
  steps: Generator<void, T>,
  live: () => boolean = () => true,
  sliceMs = SLICE_MS,
): Promise<T | undefined> {
  let deadline = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() < deadline) continue;
    await yieldToThread();
    if (!live()) return undefined;
    deadline = performance.now() + sliceMs;
  }
}
