import { describe, expect, it } from 'vitest';
import { seatTotals, subtreeTotals, unitTotals } from './headcount';
import { buildOrgIndex } from './orgIndex';
import { headcountOrg } from './headcountFixture';

const data = headcountOrg;

describe('headcount totals', () => {
  const index = buildOrgIndex(data);

  it('counts a headcount seat as its people and FTE, a held seat by its holders', () => {
    expect(seatTotals(index.positionById.get('hc1')!)).toEqual({
      seats: 1,
      people: 12,
      fte: 10.5,
      vacant: 0,
      headcountSeats: 1,
    });
    // Without an FTE, the count is the FTE.
    expect(seatTotals(index.positionById.get('hc2')!).fte).toBe(3);
    expect(seatTotals(index.positionById.get('vac')!)).toMatchObject({ people: 0, vacant: 1 });
  });

  it('sums every subtree, the seat itself included', () => {
    const t = subtreeTotals(index);
    expect(t.get('top')).toEqual({ seats: 6, people: 18, fte: 16.5, vacant: 2, headcountSeats: 2 });
    expect(t.get('dep')).toMatchObject({ seats: 2, people: 14, fte: 12.5 });
    expect(t.get('vac')).toMatchObject({ seats: 3, people: 3, vacant: 2 });
  });

  it('sums a unit with its child units', () => {
    expect(unitTotals(index, 'u')).toMatchObject({ seats: 6, people: 18, fte: 16.5 });
    expect(unitTotals(index, 'u2')).toMatchObject({ seats: 2, people: 14 });
  });

  it('counts each seat once when reporting lines loop', () => {
    const looped = buildOrgIndex({
      ...data,
      positions: [
        { id: 'x', title: 'X', reportsTo: 'y', headcount: { count: 2 } },
        { id: 'y', title: 'Y', reportsTo: 'x', headcount: { count: 5 } },
      ],
    });
    const t = subtreeTotals(looped);
    expect(t.size).toBe(2);
    for (const v of t.values()) expect(v.people).toBeLessThanOrEqual(7);
  });
});
