/**
 * `readCurrentInSlices()`: the current version as `getCurrent()` gives it, but read by a worker
 * (`versionReadHandlers.ts`) and received in slices, so no page task is longer than one slice's
 * deserialisation. Used once the start slice is on screen: the page answers typing meanwhile.
 */
import { OrgCollector } from '../workers/orgSlices';
import { createWorkerClient } from '../workers/workerClient';
import type { StoredOrg } from './orgRepository';
import type { VersionReadHandlers } from './versionReadHandlers';

const client = createWorkerClient<VersionReadHandlers>({
  start: () => new Worker(new URL('./versionRead.worker.ts', import.meta.url), { type: 'module' }),
  fallback: () => import('./versionReadHandlers').then((m) => m.versionReadHandlers),
});

export async function readCurrentInSlices(): Promise<StoredOrg | undefined> {
  const collector = new OrgCollector();
  const meta = await client.call('readCurrent', {}, { onEvent: (slice) => collector.add(slice) });
  // The worker is needed once a start: its Dexie connection would otherwise stay open.
  client.terminate();
  return meta ? { data: collector.data(), meta } : undefined;
}
