/**
 * The start slice of the current version (`domain/startSlice.ts`), the `meta` row `startSlice`:
 * read at a later start before the whole version. `saveVersion` writes it with each version; a
 * start that finds none (or one of another version) writes it once it has read the version.
 * A derived copy: a missing or unreadable slice only means the start reads everything first.
 */
import type { OrgData } from '../domain/types';
import { startSlice } from '../domain/startSlice';
import { db, type CurrentMeta, type MetaRecord, type StartSliceMeta } from './database';
import { takeEarlyStart } from './startSliceEarly';

export interface StoredStart {
  data: OrgData;
  meta: CurrentMeta;
}

/** The meta row of `data`'s start slice, for the version `versionId`. */
export const startSliceRow = (versionId: number, data: OrgData): StartSliceMeta => ({
  key: 'startSlice',
  versionId,
  data: startSlice(data),
});

/**
 * The current meta and its version's slice (one read); undefined when there is none. The read
 * the page's first script began (`startSliceEarly.ts`) is taken when there is one.
 */
export async function getCurrentStart(): Promise<StoredStart | undefined> {
  const early = (await takeEarlyStart()) as (MetaRecord | undefined)[] | undefined;
  const [meta, slice] = early ?? (await db.meta.bulkGet(['current', 'startSlice']));
  if (meta?.key !== 'current' || slice?.key !== 'startSlice') return undefined;
  return slice.versionId === meta.versionId ? { data: slice.data, meta } : undefined;
}

/** Keeps the slice of `data` if version `versionId` is still the current one. */
export async function saveStartSlice(versionId: number, data: OrgData): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const meta = await db.meta.get('current');
    if (meta?.key !== 'current' || meta.versionId !== versionId) return;
    await db.meta.put(startSliceRow(versionId, data));
  });
}
