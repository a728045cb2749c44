import { describe, expect, it } from 'vitest';
import { createKeyedCache, type CacheEntry } from '../../src/db/keyedCache';

interface Entry extends CacheEntry {
  value: Uint8Array;
}

/** Writes resolve once queued; a read in a later transaction sees them committed. */
describe('keyed IndexedDB cache', () => {
  it('keeps the newest entries up to its limit, typed arrays intact', async () => {
    const cache = createKeyedCache<Entry>('test-keyed-cache', 'entries', 2);
    await cache.write({ key: 'a', savedAt: 1, value: Uint8Array.of(1) });
    await cache.write({ key: 'b', savedAt: 2, value: Uint8Array.of(2) });
    await cache.write({ key: 'c', savedAt: 3, value: Uint8Array.of(3, 4) });
    expect(await cache.read('a')).toBeUndefined();
    expect([...(await cache.read('b'))!.value]).toEqual([2]);
    expect([...(await cache.read('c'))!.value]).toEqual([3, 4]);
    await cache.clear();
    expect(await cache.read('c')).toBeUndefined();
  });

  it('copies an entry as soon as the write resolves, so its buffers may then be transferred', async () => {
    const cache = createKeyedCache<Entry>('test-keyed-cache-2', 'entries', 5);
    const value = Uint8Array.of(7, 8, 9);
    await cache.write({ key: 'x', savedAt: 1, value });
    structuredClone(value.buffer, { transfer: [value.buffer] }); // detaches `value`
    expect(value.length).toBe(0);
    expect([...(await cache.read('x'))!.value]).toEqual([7, 8, 9]);
  });

  it('reads the entry saved last, whatever its key', async () => {
    const cache = createKeyedCache<Entry>('test-keyed-cache-4', 'entries', 5);
    expect(await cache.newest()).toBeUndefined();
    await cache.write({ key: 'late', savedAt: 30, value: Uint8Array.of(3) });
    await cache.write({ key: 'early', savedAt: 10, value: Uint8Array.of(1) });
    expect((await cache.newest())?.key).toBe('late');
  });

  it('reads as a miss when the entry is not there', async () => {
    const cache = createKeyedCache<Entry>('test-keyed-cache-3', 'entries', 5);
    expect(await cache.read('nothing')).toBeUndefined();
  });
});
