/**
 * What a chart card says about the team under a position: the people in it (headcount seats
 * counting their count and FTE, by `headcount.ts`, the one home of that rule), the vacant seats
 * and the span of control (direct reports). The position itself is not part of its team.
 * Computed once per data version for every position.
 */
import { seatTotals, subtreeTotals } from './headcount';
import type { OrgIndex } from './orgIndex';

export interface TeamCounts {
  /** People under the position, direct and indirect. */
  people: number;
  /** Their full-time equivalents. */
  fte: number;
  /** Seats with nobody under the position. */
  vacant: number;
  /** Direct reports (span of control). */
  span: number;
}

export const NO_TEAM: TeamCounts = { people: 0, fte: 0, vacant: 0, span: 0 };

/** Team counts of every position that has reports. */
export function subtreeCounts(index: OrgIndex): Map<string, TeamCounts> {
  const totals = subtreeTotals(index);
  const counts = new Map<string, TeamCounts>();
  for (const [id, reports] of index.reportsOf) {
    const position = index.positionById.get(id);
    const all = totals.get(id);
    if (!position || !all || reports.length === 0) continue;
    const own = seatTotals(position);
    counts.set(id, {
      people: all.people - own.people,
      // Rounded to a tenth: sums of decimal FTEs pick up float noise (10.5 + 0.1 …).
      fte: Math.round((all.fte - own.fte) * 10) / 10,
      vacant: all.vacant - own.vacant,
      span: reports.length,
    });
  }
  return counts;
}

const cache = new WeakMap<OrgIndex, Map<string, TeamCounts>>();

/** `subtreeCounts` of one position, computed once per data version (a new index each). */
export function teamCountsOf(index: OrgIndex, positionId: string): TeamCounts {
  let counts = cache.get(index);
  if (!counts) {
    counts = subtreeCounts(index);
    cache.set(index, counts);
  }
  return counts.get(positionId) ?? NO_TEAM;
}
