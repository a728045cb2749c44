import { describe, expect, it } from 'vitest';
import {
  changeCount,
  diffOrg,
  isEmptyDiff,
  sameValue,
  stableStringify,
  summarizeDiff,
} from '../../src/domain/diff';
import { smallOrg } from '../fixtures/import/smallOrg';

describe('diffOrg', () => {
  it('finds no changes when the data is the same, whatever the key order', () => {
    const a = smallOrg();
    const b = JSON.parse(JSON.stringify(a)) as typeof a;
    b.people[0] = { email: 'alice@example.com', name: 'Alice Martin', id: 'alice' };
    expect(isEmptyDiff(diffOrg(a, b))).toBe(true);
  });

  it('lists added, changed and removed records with field-level before/after', () => {
    const a = smallOrg();
    const b = smallOrg();
    b.people.push({ id: 'erin', name: 'Erin Blanc' });
    b.people = b.people.filter((p) => p.id !== 'dan');
    b.people[1] = { ...b.people[1]!, phone: '+33 1 99', location: 'Paris' };
    b.positions[2] = { ...b.positions[2]!, reportsTo: 'p-ceo' };
    b.topics[0] = { ...b.topics[0]!, keywords: { en: ['salary', 'pay'], fr: ['salaire'] } };
    b.organisation = { ...b.organisation, dataDate: '2026-02-01' };
    const diff = diffOrg(a, b);
    expect(diff.people.added).toEqual([{ id: 'erin', label: 'Erin Blanc' }]);
    expect(diff.people.removed).toEqual([{ id: 'dan', label: 'Dan Roux' }]);
    expect(diff.people.changed).toEqual([
      {
        id: 'bob',
        label: 'Bob Leroy',
        fields: [
          { field: 'location', before: undefined, after: 'Paris' },
          { field: 'phone', before: '+33 1 00 00 00 02', after: '+33 1 99' },
        ],
      },
    ]);
    expect(diff.positions.changed[0]?.fields).toEqual([
      { field: 'reportsTo', before: 'p-hrd', after: 'p-ceo' },
    ]);
    expect(diff.topics.changed[0]?.label).toEqual({ en: 'Payslip', fr: 'Bulletin de paie' });
    expect(diff.organisation).toEqual([
      { field: 'organisation.dataDate', before: '2026-01-15', after: '2026-02-01' },
    ]);
    const summary = summarizeDiff(diff);
    expect(summary.people).toEqual({ added: 1, changed: 1, removed: 1 });
    expect(summary.units).toEqual({ added: 0, changed: 0, removed: 0 });
    expect(changeCount(summary)).toBe(6);
  });

  it('treats everything as added when there is no current data', () => {
    const summary = summarizeDiff(diffOrg(undefined, smallOrg()));
    expect(summary.people.added).toBe(4);
    expect(summary.positions.added).toBe(5);
  });

  it('compares values by stable JSON', () => {
    expect(stableStringify({ b: 1, a: { d: [1, { f: 2, e: 1 }], c: 3 } })).toBe(
      '{"a":{"c":3,"d":[1,{"e":1,"f":2}]},"b":1}',
    );
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: [1, { b: 'x', c: null }] }, { a: [1, { c: null, b: 'x' }] })).toBe(true);
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameValue({ a: 1, b: undefined }, { a: 1, c: 2 })).toBe(false);
    expect(sameValue({}, [])).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(1, 2)).toBe(false);
    expect(sameValue('1', 1)).toBe(false);
    expect(sameValue(null, undefined)).toBe(false);
    expect(sameValue([undefined], [null])).toBe(true);
    expect(sameValue(Number.NaN, null)).toBe(true);
    expect(sameValue(new Date(0), new Date(0).toISOString())).toBe(true);
  });

  it('is fast on 100k records', () => {
    const make = (n: number, suffix: string) => ({
      ...smallOrg(),
      people: Array.from({ length: n }, (_, i) => ({
        id: `p${i}`,
        name: `Person ${i}${i % 100 === 0 ? suffix : ''}`,
        email: `p${i}@example.com`,
      })),
    });
    const a = make(100_000, '');
    const b = make(100_000, ' (new)');
    const start = performance.now();
    const diff = diffOrg(a, b);
    const ms = performance.now() - start;
    expect(diff.people.changed).toHaveLength(1000);
    // Not a timing assertion: a generous sanity bound against quadratic behaviour.
    expect(ms).toBeLessThan(15_000);
  });
});
