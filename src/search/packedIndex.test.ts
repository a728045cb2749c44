import { describe, expect, it } from 'vitest';
import { packIndex, transferables, unpackIndex, unpackIndexSteps } from './packedIndex';
import { search } from './query';
import { buildSearchIndex } from './searchIndex';
import { fixtureOrg } from './testFixture';
import type { OrgData } from '../domain/types';

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

  it('unpacks a large vocabulary in steps (the page gives the thread back between them), to the same index', () => {
    // 3,000 people with made-up surnames: a vocabulary of several thousand terms.
    const people = Array.from({ length: 3000 }, (_, i) => ({
      id: `p${i}`,
      name: `Zed${i.toString(36)}qua Person`,
    }));
    const data: OrgData = { ...fixtureOrg, people: [...fixtureOrg.people, ...people] };
    const original = buildSearchIndex(data);
    expect(original.terms.length).toBeGreaterThan(3000);
    const steps = unpackIndexSteps(packIndex(original));
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBeGreaterThanOrEqual(1);
    const sliced = step.value;
    expect(sliced.terms).toEqual(original.terms);
    expect([...sliced.termId]).toEqual([...original.termId]);
    expect(sliced.byLength).toEqual(original.byLength);
    expect([...sliced.byRoot]).toEqual([...original.byRoot]);
    for (const q of ['zed1qua', 'zd1qua', 'payrol', 'conges', 'person']) {
      expect(search(sliced, q)).toEqual(search(original, q));
    }
  });
});
