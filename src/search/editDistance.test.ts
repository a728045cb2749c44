import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedTypos, boundedDistance } from './editDistance';

/** Reference OSA distance, unbounded. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}

describe('boundedDistance', () => {
  it('counts typos', () => {
    expect(boundedDistance('payrol', 'payroll', 2)).toBe(1);
    expect(boundedDistance('expnse', 'expense', 2)).toBe(1);
    expect(boundedDistance('exepnse', 'expense', 2)).toBe(1);
    expect(boundedDistance('laptop', 'laptop', 1)).toBe(0);
    expect(boundedDistance('kitten', 'sitting', 1)).toBe(2);
  });

  it('agrees with the unbounded distance up to the bound', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 9 }),
        fc.string({ maxLength: 9 }),
        fc.nat(3),
        (a, b, max) => {
          expect(boundedDistance(a, b, max)).toBe(Math.min(osa(a, b), max + 1));
        },
      ),
    );
  });

  it('allows more typos in longer words', () => {
    expect([3, 4, 6, 7, 8, 12].map(allowedTypos)).toEqual([0, 1, 1, 1, 2, 2]);
  });
});
