import { describe, expect, it } from 'vitest';
import { buildOrgIndex } from './orgIndex';
import { subtreeCounts, teamCountsOf } from './subtreeCounts';
import { headcountOrg } from './headcountFixture';

const data = headcountOrg;

describe('team counts on chart cards', () => {
  const index = buildOrgIndex(data);

  it('counts the people, FTE and vacancies under a position, not the position itself', () => {
    // Deputy job share (2) + 12 analysts + 3 caseworkers; vacancies: the head and the adviser.
    expect(teamCountsOf(index, 'top')).toEqual({ people: 17, fte: 15.5, vacant: 2, span: 2 });
    // The vacant head is not a vacancy of its own team: only the adviser is.
    expect(teamCountsOf(index, 'vac')).toEqual({ people: 3, fte: 3, vacant: 1, span: 2 });
    expect(teamCountsOf(index, 'dep')).toEqual({ people: 12, fte: 10.5, vacant: 0, span: 1 });
  });

  it('gives positions without reports no counts, and survives a reporting loop', () => {
    expect(subtreeCounts(index).has('hc1')).toBe(false);
    expect(teamCountsOf(index, 'hc1')).toEqual({ people: 0, fte: 0, vacant: 0, span: 0 });
    const loop = buildOrgIndex({
      ...data,
      positions: [
        { id: 'x', title: 'X', reportsTo: 'y', holders: ['a'] },
        { id: 'y', title: 'Y', reportsTo: 'x' },
      ],
    });
    const counts = subtreeCounts(loop);
    expect(counts.get('x')?.span).toBe(1);
    expect(counts.get('y')?.span).toBe(1);
  });
});
