import { describe, expect, it } from 'vitest';
import { applyListPatch, listPatch, sameRecord } from './reuse';

describe('reuse of the records the page holds', () => {
  it('treats records as the same only with the same keys in the same order and the same values', () => {
    expect(
      sameRecord(
        { id: 'a', holders: ['x'], t: { en: 'A' } },
        { id: 'a', holders: ['x'], t: { en: 'A' } },
      ),
    ).toBe(true);
    expect(sameRecord({ id: 'a', n: 'x' }, { n: 'x', id: 'a' })).toBe(false);
    expect(sameRecord({ id: 'a', holders: ['x'] }, { id: 'a', holders: ['x', 'y'] })).toBe(false);
    expect(sameRecord({ id: 'a', v: undefined }, { id: 'a' })).toBe(false);
    expect(sameRecord({ id: 'a', l: [] }, { id: 'a', l: {} })).toBe(false);
    expect(sameRecord({ id: 'a', n: 1 }, { id: 'a', n: '1' })).toBe(false);
  });

  it('rebuilds the new list from the base list and the fresh records, in order', () => {
    const base = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
      { id: 'c', n: 3 },
    ];
    const next = [
      { id: 'c', n: 3 },
      { id: 'd', n: 4 },
      { id: 'a', n: 1 },
      { id: 'b', n: 9 },
    ];
    const patch = listPatch(base, next);
    expect(Array.from(patch.from)).toEqual([2, -1, 0, -1]);
    expect(patch.fresh).toEqual([
      { id: 'd', n: 4 },
      { id: 'b', n: 9 },
    ]);
    const rebuilt = applyListPatch(base, patch, patch.fresh)!;
    expect(rebuilt).toEqual(next);
    expect(rebuilt[0]).toBe(base[2]);
  });

  it('refuses a base list that is not the one the patch was made from', () => {
    const base = [{ id: 'a' }, { id: 'b' }];
    const patch = listPatch(base, [{ id: 'b' }, { id: 'a' }]);
    expect(applyListPatch([{ id: 'a' }], patch, patch.fresh)).toBeUndefined();
    expect(applyListPatch(undefined, patch, patch.fresh)).toBeUndefined();
    expect(applyListPatch(base, patch, [{ id: 'x' }])).toBeUndefined();
  });
});
