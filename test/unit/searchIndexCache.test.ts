/**
 * The cached search index a later start of the search page reads early (`boot.ts`): the entry
 * saved last, used when it is the one asked for, read anew by key when it is not.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearSearchIndexes,
  readNewestSearchIndexEarly,
  readSearchIndex,
  writeSearchIndex,
} from '../../src/db/searchIndexCache';
import type { PackedSearchIndex } from '../../src/search/packedIndex';
import type { SearchHome } from '../../src/search/protocol';

const packed = (n: number) => ({ docKind: Uint8Array.of(n) }) as unknown as PackedSearchIndex;
const home = { topics: [] } as unknown as SearchHome;

async function saveTwo() {
  await writeSearchIndex('v1', packed(1), home);
  await new Promise((resolve) => setTimeout(resolve, 5)); // a later savedAt
  await writeSearchIndex('v2', packed(2), home);
}

describe('search index cache, read early', () => {
  beforeEach(() => clearSearchIndexes());

  it('answers the key asked for from the read begun before the key was known', async () => {
    await saveTwo();
    readNewestSearchIndexEarly();
    // Queued after the early read: only what that read found can still answer.
    await clearSearchIndexes();
    const found = await readSearchIndex('v2');
    expect([...found!.packed.docKind]).toEqual([2]);
    // Used once: the next read is a read like any other.
    expect(await readSearchIndex('v2')).toBeUndefined();
  });

  it('reads the key asked for when the newest entry is another', async () => {
    await saveTwo();
    readNewestSearchIndexEarly();
    const found = await readSearchIndex('v1');
    expect([...found!.packed.docKind]).toEqual([1]);
  });

  it('is a miss when nothing was cached', async () => {
    readNewestSearchIndexEarly();
    expect(await readSearchIndex('v1')).toBeUndefined();
  });
});
