/**
 * Keeps the org store in step with IndexedDB: when another tab (or the admin import in this
 * tab) makes a new version current, every open tab shows it. Dexie's liveQuery notices
 * changes made by other tabs of the same origin.
 */
import { liveQuery, type Subscription } from 'dexie';
import { getCurrent, getCurrentMeta } from '../db/orgRepository';
import { useOrgStore } from './orgStore';

export function startOrgSync(): Subscription {
  return liveQuery(() => getCurrentMeta()).subscribe({
    next: async (meta) => {
      if (!meta) return;
      const shown = useOrgStore.getState().meta;
      if (shown?.versionId === meta.versionId) return;
      // Before the first load finished the loader decides what to show.
      if (useOrgStore.getState().status === 'loading') return;
      const current = await getCurrent();
      if (current && current.meta.versionId !== useOrgStore.getState().meta?.versionId) {
        useOrgStore.getState().setData(current.data, current.meta);
      }
    },
    error: () => undefined, // IndexedDB unavailable: nothing to follow
  });
}
