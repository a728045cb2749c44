/**
 * `analyseImportAsync(request, onProgress)`: the import pipeline behind one typed function.
 * It runs in a worker so a 100k-people file never freezes the page; when no worker can start
 * (old browser, tests, a blocked worker script) it runs on the main thread instead.
 */
import {
  analyseImport,
  type ImportAnalysis,
  type ImportProgress,
  type ImportRequest,
} from './pipeline';
import type { WorkerRequest, WorkerResponse } from './protocol';

let worker: Worker | undefined;
let workerFailed = false;
let nextId = 1;
/** The `current` object the worker already holds (compared by identity: the store replaces it). */
let sentCurrent: object | undefined;

function getWorker(): Worker | undefined {
  if (workerFailed || typeof Worker === 'undefined') return undefined;
  if (!worker) {
    try {
      worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      workerFailed = true;
      return undefined;
    }
  }
  return worker;
}

/** Yield to the browser so it can paint the progress before the main-thread fallback blocks. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function onMainThread(
  request: ImportRequest,
  onProgress: (p: ImportProgress) => void,
): Promise<ImportAnalysis> {
  await nextFrame();
  return analyseImport(request, onProgress);
}

export function analyseImportAsync(
  request: ImportRequest,
  onProgress: (p: ImportProgress) => void = () => {},
): Promise<ImportAnalysis> {
  const w = getWorker();
  if (!w) return onMainThread(request, onProgress);
  const id = nextId++;
  return new Promise<ImportAnalysis>((resolve) => {
    const cleanup = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'progress') onProgress(message.progress);
      else {
        cleanup();
        resolve(message.analysis);
      }
    };
    // The worker script failed to load or crashed: fall back for this and later calls.
    const onError = (event: Event) => {
      event.preventDefault();
      cleanup();
      workerFailed = true;
      w.terminate();
      worker = undefined;
      sentCurrent = undefined;
      resolve(onMainThread(request, onProgress));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    const reuseCurrent = request.current !== undefined && request.current === sentCurrent;
    const message: WorkerRequest = reuseCurrent
      ? { id, request: { ...request, current: undefined }, reuseCurrent }
      : { id, request };
    sentCurrent = request.current;
    w.postMessage(message);
  });
}
