/**
 * `publishDraft()`: publishes the stored draft in a worker (see `publishDraft.ts`); when no
 * worker can start (tests, an old browser) the same work runs on the page. Errors come back as
 * the same classes either way (`StaleVersionError`, `DraftHasErrors`).
 */
import { StaleVersionError, STALE_VERSION_CODE } from '../db/currentVersion';
import { DraftHasErrors, publishStoredDraft, type Published } from './publishDraft';
import type { PublishRequest, PublishResponse } from './publishProtocol';

let nextId = 1;

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./publish.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}

function errorOf(m: Extract<PublishResponse, { type: 'failed' }>): Error {
  if (m.code === STALE_VERSION_CODE) return new StaleVersionError(null, m.currentVersionId ?? null);
  if (m.name === 'DraftHasErrors') return new DraftHasErrors(m.errorCount ?? 0);
  return new Error(m.message);
}

/** One worker per publish: publishing is rare, and the worker's memory goes with it. */
export function publishDraft(publishedAt = new Date().toISOString()): Promise<Published> {
  const worker = startWorker();
  if (!worker) return publishStoredDraft(publishedAt);
  const request: PublishRequest = { id: nextId++, publishedAt };
  return new Promise<Published>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<PublishResponse>) => {
      const m = event.data;
      if (m.id !== request.id) return;
      worker.terminate();
      if (m.type === 'published') resolve({ meta: m.meta, file: m.file });
      else reject(errorOf(m));
    };
    // The worker script could not load: do it here (nothing was written by the worker).
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      publishStoredDraft(publishedAt).then(resolve, reject);
    };
    worker.postMessage(request);
  });
}
