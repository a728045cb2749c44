import { describe, expect, it } from 'vitest';
import { packIndex, transferables, unpackIndex, unpackIndexSteps } from './packedIndex';
import { search } from './query';
import { buildSearchIndex, isPair, type SearchIndex } from './searchIndex';
import { root } from './normalize';
import { fixtureOrg } from './testFixture';
import type { OrgData } from '../domain/types';

/**
 * The lookups and groups of an index are those of its vocabulary, computed here the plain way
 * (a map per term, a list per length and per root, as the page used to build them).
 */
function expectGroupsOfVocabulary(index: SearchIndex): void {
  const byLength: number[][] = [];
  const byRoot = new Map<string, number[]>();
  index.terms.forEach((term, i) => {
    expect(index.termId.get(term)).toBe(i);
    expect(index.termId.has(term)).toBe(true);
    if (isPair(term)) return;
    (byLength[term.length] ??= []).push(i);
    if (index.answerTerm[i] === 1) byRoot.set(root(term), [...(byRoot.get(root(term)) ?? []), i]);
  });
  for (let l = 0; l < Math.max(byLength.length, index.byLength.length); l++) {
    expect([...(index.byLength[l] ?? [])]).toEqual(byLength[l] ?? []);
  }
  for (const [key, ids] of byRoot) expect([...(index.byRoot.get(key) ?? [])]).toEqual(ids);
  for (const missing of ['', 'zzzzqx', '\uffff', 'a b']) {
    expect(index.termId.get(missing)).toBeUndefined();
    expect(index.byRoot.get(missing)).toBeUndefined();
  }
  // Every answer term is under its root, and nothing else is.
  const grouped = [...byRoot.values()].reduce((n, ids) => n + ids.length, 0);
  expect(index.rootTerms.length).toBe(grouped);
}

describe('packed search index', () => {
  it('finds each term, and groups the terms by length and root as the vocabulary says', () => {
    // Topic names whose words share a root (`declaring` / `declaration`, `directeur` / `directrice`).
    const named = (id: string, en: string) => ({ ...fixtureOrg.topics[0]!, id, name: { en } });
    const original = buildSearchIndex({
      ...fixtureOrg,
      topics: [
        ...fixtureOrg.topics,
        named('t-r1', 'Declaring income'),
        named('t-r2', 'Declaration forms'),
        named('t-r3', 'Directeur adjoint'),
        named('t-r4', 'Directrice adjointe'),
      ],
    });
    expect(original.byRoot.get(root('payslip'))?.length).toBeGreaterThan(0);
    expect(original.byRoot.get(root('declaring'))?.length).toBeGreaterThan(1);
    expectGroupsOfVocabulary(original);
    expectGroupsOfVocabulary(unpackIndex(structuredClone(packIndex(original))));
  });

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
    expect(buffers).toHaveLength(10);
    expect(buffers.every((b) => b instanceof ArrayBuffer)).toBe(true);
    expect(new Set(buffers).size).toBe(10);
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
    expectGroupsOfVocabulary(sliced);
    for (const q of ['zed1qua', 'zd1qua', 'payrol', 'conges', 'person']) {
      expect(search(sliced, q)).toEqual(search(original, q));
    }
  });
});
