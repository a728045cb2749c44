/**
 * The import behind two typed functions:
 * - `analyseImportAsync(request, onProgress)`: check a file (or text) and get a report: problems,
 *   diff, counts; the parsed data stays in the worker;
 * - `applyAnalysedImport(analysisId)`: store that data as the new current version (one IndexedDB
 *   transaction, written by the worker) and get it back, in slices, for the org store.
 * The worker reads the current data from IndexedDB by its version id, so the page never copies a
 * 100k-people organisation to it. When no worker can start (old browser, tests, a blocked worker
 * script) the same session runs on the main thread instead.
 */
import type { ColumnMapping } from './mapping';
import type { ReadOptions } from './formats/readFile';
import type { OrgData } from '../domain/types';
import { type AnalyseInput, type Applied, type ImportReport, ImportSession } from './importSession';
import type { ImportMode, ImportProgress, OrganisationDetails } from './pipeline';
import type { ListKey, WorkerRequest, WorkerResponse } from './protocol';

export interface AnalyseRequest {
  text?: string;
  /** A file is read where the work is done, not on the page. */
  file?: Blob;
  fileName: string;
  mapping?: ColumnMapping;
  read?: ReadOptions;
  mode?: ImportMode;
  details?: OrganisationDetails;
  sourceUrl?: string;
  /** The data the app shows (undefined = nothing stored yet). */
  current?: { versionId: number | undefined; data: OrgData };
}

let worker: Worker | undefined;
let workerFailed = false;
let nextId = 1;
let mainSession: ImportSession | undefined;

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

const session = () => (mainSession ??= new ImportSession());

/** Yield to the browser so it can paint the progress before the main-thread fallback blocks. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function inputOf(request: AnalyseRequest, withData: boolean): AnalyseInput {
  const { current, ...rest } = request;
  if (!current) return rest;
  const sendData = withData || current.versionId === undefined;
  return { ...rest, current: sendData ? current : { versionId: current.versionId } };
}

async function analyseOnMainThread(
  request: AnalyseRequest,
  onProgress: (p: ImportProgress) => void,
): Promise<ImportReport> {
  await nextFrame();
  const outcome = await session().analyse(inputOf(request, true), onProgress);
  if (outcome.kind !== 'report') throw new Error('current data missing');
  return outcome.report;
}

/**
 * One exchange with the worker: posts `message` and calls `onMessage` for each answer until it
 * returns true. If the worker cannot run, `fallback` does the work on the main thread.
 */
function exchange<T>(
  message: WorkerRequest,
  onMessage: (m: WorkerResponse, done: (value: T) => void, fail: (e: Error) => void) => void,
  fallback: () => Promise<T>,
): Promise<T> {
  const w = getWorker();
  if (!w) return fallback();
  return new Promise<T>((resolve, reject) => {
    const cleanup = () => {
      w.removeEventListener('message', listener);
      w.removeEventListener('error', onError);
    };
    const listener = (event: MessageEvent<WorkerResponse>) => {
      if (event.data.id !== message.id) return;
      onMessage(
        event.data,
        (value) => {
          cleanup();
          resolve(value);
        },
        (e) => {
          cleanup();
          reject(e);
        },
      );
    };
    // The worker script failed to load or crashed: fall back for this and later calls.
    const onError = (event: Event) => {
      event.preventDefault();
      cleanup();
      workerFailed = true;
      w.terminate();
      worker = undefined;
      resolve(fallback());
    };
    w.addEventListener('message', listener);
    w.addEventListener('error', onError);
    w.postMessage(message);
  });
}

/** The worker's error as an Error on the page, keeping its name and code. */
function failure(m: { message: string; name?: string; code?: string }): Error {
  const e = new Error(m.message);
  if (m.name) e.name = m.name;
  return m.code ? Object.assign(e, { code: m.code }) : e;
}

export function analyseImportAsync(
  request: AnalyseRequest,
  onProgress: (p: ImportProgress) => void = () => {},
): Promise<ImportReport> {
  const id = nextId++;
  return exchange<ImportReport>(
    { id, type: 'analyse', input: inputOf(request, false) },
    (m, done, fail) => {
      if (m.type === 'progress') onProgress(m.progress);
      else if (m.type === 'report') done(m.report);
      else if (m.type === 'failed') fail(failure(m));
      // The worker could not find the current data in IndexedDB: send it this once.
      else if (m.type === 'need-current') {
        worker?.postMessage({
          id,
          type: 'analyse',
          input: inputOf(request, true),
        } satisfies WorkerRequest);
      }
    },
    () => analyseOnMainThread(request, onProgress),
  );
}

/** Stores the checked file `analysisId` as the current version; its data for the org store. */
export function applyAnalysedImport(analysisId: number): Promise<Applied> {
  const id = nextId++;
  let head: Omit<OrgData, ListKey> | undefined;
  const lists: Record<ListKey, unknown[]> = { units: [], positions: [], people: [], topics: [] };
  return exchange<Applied>(
    { id, type: 'apply', analysisId },
    (m, done, fail) => {
      if (m.type === 'head') head = m.head;
      else if (m.type === 'slice') {
        const list = lists[m.key];
        for (const record of m.records) list.push(record);
      } else if (m.type === 'applied') {
        done({ meta: m.meta, data: { ...head, ...lists } as OrgData });
      } else if (m.type === 'failed') fail(failure(m));
    },
    () => session().apply(analysisId),
  );
}
