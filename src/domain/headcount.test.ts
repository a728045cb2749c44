import { describe, expect, it } from 'vitest';
import { seatTotals, subtreeTotals, unitTotals } from './headcount';
import { buildOrgIndex } from './orgIndex';
import type { OrgData } from './types';

/** A post with a deputy, a vacancy and two headcount seats (junior staff) under them. */
const data = {
  formatVersion: 2,
  organisation: { name: 'Test' },
  units: [
    { id: 'u', name: 'Office' },
    { id: 'u2', name: 'Digital', parentId: 'u' },
  ],
  positions: [
    { id: 'top', title: 'Chief Executive', unitId: 'u', holders: ['a'] },
    { id: 'dep', title: 'Deputy', reportsTo: 'top', unitId: 'u2', holders: ['b', 'c'] },
    { id: 'vac', title: 'Head of Policy', reportsTo: 'top', unitId: 'u' },
    {
      id: 'hc1',
      title: 'Analyst',
      reportsTo: 'dep',
      unitId: 'u2',
      headcount: { count: 12, fte: 10.5, grade: 'Grade 7' },
    },
    { id: 'hc2', title: 'Caseworker', reportsTo: 'vac', unitId: 'u', headcount: { count: 3 } },
  ],
  people: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C' },
  ],
  topics: [],
} as unknown as OrgData;

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
    expect(t.get('top')).toEqual({ seats: 5, people: 18, fte: 16.5, vacant: 1, headcountSeats: 2 });
    expect(t.get('dep')).toMatchObject({ seats: 2, people: 14, fte: 12.5 });
    expect(t.get('vac')).toMatchObject({ seats: 2, people: 3, vacant: 1 });
  });

  it('sums a unit with its child units', () => {
    expect(unitTotals(index, 'u')).toMatchObject({ seats: 5, people: 18, fte: 16.5 });
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
