/**
 * Runs `run` once the page is idle (at the latest after `timeoutMs`), for work that must not
 * compete with what the user is waiting for (the first chart, the first answer). Returns a
 * cancel function, for effects. Without `requestIdleCallback`, a plain timer.
 */
export function onIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, Math.min(timeoutMs, 1000));
  return () => clearTimeout(id);
}
