/**
 * The org file worker's storing half: Dexie, the version write and the search index's build
 * and cache (~110 kB of the worker's ~300 kB). `orgFileHandlers.ts` loads it beside the check,
 * not before it: on a first visit the worker's script must load, compile and run before the
 * file is checked and the chart's first view drawn, and none of this is needed until then.
 */
import { db } from '../db/database';
import { saveVersion } from '../db/orgRepository';
import { storageFailure } from '../db/storageError';
import { writeSearchIndex } from '../db/searchIndexCache';
import { buildPacked, type BuiltIndex } from '../search/protocol';
import { transferables } from '../search/packedIndex';
import { searchIndexKey } from '../search/searchIndex';
import type { DataMeta } from '../store/orgStore';

export { buildPacked, saveVersion, storageFailure, transferables };

/** Opened (on a first visit: created) while the file is checked, not after. */
export const openDatabase = (): Promise<unknown> => db.open();

/** A cache only: the next start reads the index instead of building it again. */
export async function cacheIndex(
  meta: Pick<DataMeta, 'versionId' | 'hash'>,
  built: BuiltIndex,
): Promise<void> {
  if (meta.versionId <= 0) return;
  const key = searchIndexKey(meta.versionId, meta.hash);
  await writeSearchIndex(key, built.packed, built.home).catch(() => undefined);
}
