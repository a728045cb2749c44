/**
 * The search worker's one job, as a handler (`src/workers/`): build the index of a data version,
 * save it in the IndexedDB cache, and move it to the page as transferable buffers. The same
 * handler runs on the page when no worker can.
 */
import { writeSearchIndex } from '../db/searchIndexCache';
import type { OrgData } from '../domain/types';
import { transferring } from '../workers/protocol';
import { transferables } from './packedIndex';
import { buildPacked } from './protocol';

export interface BuildInput {
  data: OrgData;
  /** When set, the index is saved in the IndexedDB cache under this key. */
  cacheKey?: string;
}

export const searchHandlers = {
  async build({ data, cacheKey }: BuildInput) {
    const built = buildPacked(data);
    // Saved before the buffers move to the page (the cache copies them first).
    if (cacheKey) await writeSearchIndex(cacheKey, built.packed, built.home);
    return transferring(built, transferables(built.packed));
  },
};
