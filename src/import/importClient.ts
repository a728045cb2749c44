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
import { LIST_KEYS, type ListKey } from './protocol';
import { applyListPatch } from './reuse';
import { getVersion } from '../db/orgRepository';

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

/**
 * Stores the checked file `analysisId` as the current version; its data for the org store.
 * `shown` is the data the page shows: records the new version shares with it are taken from it
 * rather than copied from the worker (see reuse.ts).
 */
export async function applyAnalysedImport(
  analysisId: number,
  shown?: { versionId: number | undefined; data: OrgData },
): Promise<Applied> {
  let head: Omit<OrgData, ListKey> | undefined;
  const fresh: Record<ListKey, unknown[]> = { units: [], positions: [], people: [], topics: [] };
  const patches: Partial<Record<ListKey, { baseLength: number; from: Int32Array }>> = {};
  const pageVersionId = shown?.versionId;
  const meta = await client.call(
    'apply',
    { analysisId, ...(pageVersionId !== undefined ? { pageVersionId } : {}) },
    {
      onEvent: (event) => {
        if (event.type === 'head') head = event.head;
        else if (event.type === 'reuse') patches[event.key] = event;
        else for (const record of event.records) fresh[event.key].push(record);
      },
    },
  );
  const lists = { ...fresh };
  for (const key of LIST_KEYS) {
    const patch = patches[key];
    if (!patch) continue;
    const rebuilt = applyListPatch(shown?.data[key] as unknown[] | undefined, patch, fresh[key]);
    if (!rebuilt) {
      // Not the list the worker compared with (never expected): read what was stored.
      const stored = await getVersion(meta.versionId);
      if (!stored) throw new Error(`version ${meta.versionId} missing`);
      return { meta, data: stored.data };
    }
    lists[key] = rebuilt;
  }
  return { meta, data: { ...head, ...lists } as OrgData };
}
