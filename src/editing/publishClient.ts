/**
 * `publishDraft()`: publishes the stored draft in a worker (see `publishDraft.ts`) through the
 * app's one worker client; when no worker can start (tests, an old browser) the same handler
 * runs on the page. Errors come back as the same classes either way (`StaleVersionError`,
 * `DraftHasErrors`): the worker's arrive as plain errors with their fields, rebuilt here.
 */
import { StaleVersionError, STALE_VERSION_CODE } from '../db/currentVersion';
import { createWorkerClient } from '../workers/workerClient';
import { DraftHasErrors, type Published } from './publishDraft';
import { publishHandlers } from './publishHandlers';

function asKnownError(e: unknown): unknown {
  if (e instanceof StaleVersionError || e instanceof DraftHasErrors || !(e instanceof Error)) {
    return e;
  }
  const fields = e as Error & {
    code?: unknown;
    expected?: unknown;
    actual?: unknown;
    errorCount?: unknown;
  };
  const version = (v: unknown) => (typeof v === 'number' ? v : null);
  if (fields.code === STALE_VERSION_CODE) {
    return new StaleVersionError(version(fields.expected), version(fields.actual));
  }
  if (e.name === 'DraftHasErrors') {
    return new DraftHasErrors(typeof fields.errorCount === 'number' ? fields.errorCount : 0);
  }
  return e;
}

/** One worker per publish: publishing is rare, and the worker's memory goes with it. */
export async function publishDraft(publishedAt = new Date().toISOString()): Promise<Published> {
  const client = createWorkerClient<typeof publishHandlers>({
    start: () => new Worker(new URL('./publish.worker.ts', import.meta.url), { type: 'module' }),
    fallback: () => publishHandlers,
  });
  try {
    return await client.call('publish', publishedAt);
  } catch (e) {
    throw asKnownError(e);
  } finally {
    client.terminate();
  }
}
