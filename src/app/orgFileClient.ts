/**
 * `fetchOrgFile(source, options)`: the org file downloaded, validated and stored by the org file
 * worker (`orgFileHandlers.ts`); the page gets the outcome and, when applied, the data (put
 * back together from its slices). The handlers are loaded on the page only when no worker can
 * run, so a start from IndexedDB never loads the validator.
 */
import { OrgCollector } from '../workers/orgSlices';
import { createWorkerClient } from '../workers/workerClient';
import type { OrgData } from '../domain/types';
import type { FetchOrgInput, FetchOrgOutcome, OrgFileHandlers } from './orgFileHandlers';

const client = createWorkerClient<OrgFileHandlers>({
  start: () => new Worker(new URL('./orgFile.worker.ts', import.meta.url), { type: 'module' }),
  fallback: () => import('./orgFileHandlers').then((m) => m.orgFileHandlers),
});

export type FetchedOrg =
  | Exclude<FetchOrgOutcome, { kind: 'applied' }>
  | (Extract<FetchOrgOutcome, { kind: 'applied' }> & { data: OrgData });

/** The address a worker must fetch: `source` resolved against the page. */
function absolute(source: string): string {
  const base = globalThis.location?.href;
  if (!base) return source;
  try {
    return new URL(source, base).href;
  } catch {
    return source;
  }
}

/**
 * `onData` is called with the checked data as soon as it is all in, before the worker has stored
 * it (the outcome follows once it has): only a valid file's data is ever sent.
 */
export async function fetchOrgFile(
  source: string,
  options: Omit<FetchOrgInput, 'source' | 'url'>,
  onData?: (data: OrgData) => void,
): Promise<FetchedOrg> {
  const collector = new OrgCollector();
  let data: OrgData | undefined;
  const outcome = await client.call(
    'fetchOrg',
    { source, url: absolute(source), ...options },
    {
      onEvent: (slice) => {
        if (!collector.add(slice)) return;
        data = collector.data();
        onData?.(data);
      },
    },
  );
  return outcome.kind === 'applied' ? { ...outcome, data: data ?? collector.data() } : outcome;
}
