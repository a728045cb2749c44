/**
 * Keeps the org store in step with IndexedDB: when another tab (or the admin import in this
 * tab) makes a new version current, every open tab shows it. Dexie's liveQuery notices
 * changes made by other tabs of the same origin.
 */
import { liveQuery, type Subscription } from 'dexie';
import type { CurrentMeta } from '../db/database';
import { getCurrent, getCurrentMeta } from '../db/orgRepository';
import { useOrgStore } from './orgStore';

/** Applies under way in this tab: they set the store themselves once done. */
let applying = 0;

/**
 * Runs an apply that writes a new version from elsewhere (the import worker): meanwhile a change
 * of the current version is this tab's own, so it is not read back from IndexedDB (for 100k
 * people, a second copy and a long freeze).
 */
export async function whileApplying<T>(work: () => Promise<T>): Promise<T> {
  applying++;
  try {
    return await work();
  } finally {
    applying--;
  }
}

export function startOrgSync(): Subscription {
  return liveQuery(() => getCurrentMeta()).subscribe({
    next: (meta) => void follow(meta),
    error: () => undefined, // IndexedDB unavailable: nothing to follow
  });
}

/** Show the version another tab (or the import) made current. */
async function follow(meta: CurrentMeta | undefined): Promise<void> {
  if (!meta) return;
  const shown = useOrgStore.getState().meta;
  if (shown?.versionId === meta.versionId) return;
  // Before the first load finished the loader decides what to show.
  if (useOrgStore.getState().status === 'loading') return;
  if (applying > 0) return;
  const current = await getCurrent();
  if (current && current.meta.versionId !== useOrgStore.getState().meta?.versionId) {
    // In ~8 ms slices: another tab's 100k import must not freeze this one.
    await useOrgStore.getState().setDataInSlices(current.data, current.meta);
  }
}
