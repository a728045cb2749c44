/**
 * The import behind two typed functions:
 * - `analyseImportAsync(request, onProgress)`: check a file (or text) and get a report: problems,
 *   diff, counts; the parsed data stays in the worker;
 * - `applyAnalysedImport(analysisId)`: store that data as the new current version (one IndexedDB
 *   transaction, written by the worker) and get it back, in slices, for the org store.
 * The worker reads the current data from IndexedDB by its version id, so the page never copies a
 * 100k-people organisation to it. When no worker can start (old browser, tests, a blocked worker
 * script) the same handlers run on the main thread instead (`src/workers/workerClient.ts`).
 */
import type { OrgData } from '../domain/types';
import { createWorkerClient } from '../workers/workerClient';
import { importHandlers, type ImportHandlers } from './importHandlers';
import type { AnalyseInput, Applied, ImportReport } from './importSession';
import type { ImportProgress } from './pipeline';
import type { ListKey } from './protocol';

/** What the page asks to check: the worker's input, with the current data always at hand. */
export type AnalyseRequest = Omit<AnalyseInput, 'current'> & {
  /** The data the app shows (undefined = nothing stored yet). */
  current?: { versionId: number | undefined; data: OrgData };
};

const client = createWorkerClient<ImportHandlers>({
  start: () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
  fallback: () => importHandlers(),
});

/** The current data by its version id only: the worker reads it from IndexedDB itself. */
function inputOf(request: AnalyseRequest, withData: boolean): AnalyseInput {
  const { current, ...rest } = request;
  if (!current) return rest;
  const sendData = withData || current.versionId === undefined;
  return { ...rest, current: sendData ? current : { versionId: current.versionId } };
}

export async function analyseImportAsync(
  request: AnalyseRequest,
  onProgress: (p: ImportProgress) => void = () => {},
): Promise<ImportReport> {
  const first = await client.call('analyse', inputOf(request, false), { onEvent: onProgress });
  if (first.kind === 'report') return first.report;
  // The current data was not found in IndexedDB: send it this once.
  const second = await client.call('analyse', inputOf(request, true), { onEvent: onProgress });
  if (second.kind !== 'report') throw new Error('current data missing');
  return second.report;
}

/** Stores the checked file `analysisId` as the current version; its data for the org store. */
export async function applyAnalysedImport(analysisId: number): Promise<Applied> {
  let head: Omit<OrgData, ListKey> | undefined;
  const lists: Record<ListKey, unknown[]> = { units: [], positions: [], people: [], topics: [] };
  const meta = await client.call('apply', analysisId, {
    onEvent: (event) => {
      if (event.type === 'head') head = event.head;
      else for (const record of event.records) lists[event.key].push(record);
    },
  });
  return { meta, data: { ...head, ...lists } as OrgData };
}
