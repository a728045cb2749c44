import { describe, expect, it } from 'vitest';
import { packIndex, transferables, unpackIndex } from './packedIndex';
import { search } from './query';
import { buildSearchIndex } from './searchIndex';
import { fixtureOrg } from './testFixture';

describe('packed search index', () => {
  it('answers every query exactly like the index it was packed from', () => {
    const original = buildSearchIndex(fixtureOrg);
    const copy = unpackIndex(structuredClone(packIndex(original)));
    expect(copy.size).toBe(original.size);
    expect(copy.terms).toEqual(original.terms);
    expect(copy.docIds).toBe(original.docIds);
    expect([...copy.docIdStart]).toEqual([...original.docIdStart]);
    for (const q of [
      'payrol',
      'bulletin de paie',
      'laptop broken',
      'conges',
      'badge perdu',
      'zzz',
    ]) {
      expect(search(copy, q)).toEqual(search(original, q));
    }
  });

  it('lists one buffer per typed array, so postMessage moves them without a copy', () => {
    const packed = packIndex(buildSearchIndex(fixtureOrg));
    const buffers = transferables(packed);
    expect(buffers).toHaveLength(6);
    expect(buffers.every((b) => b instanceof ArrayBuffer)).toBe(true);
    expect(new Set(buffers).size).toBe(6);
  });

  it('survives an empty organisation', () => {
    const empty = unpackIndex(
      packIndex(
        buildSearchIndex({ ...fixtureOrg, topics: [], units: [], positions: [], people: [] }),
      ),
    );
    expect(empty.size).toBe(0);
    expect(empty.terms).toEqual([]);
    expect(search(empty, 'payroll').hits).toEqual([]);
  });
});
