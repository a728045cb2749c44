/**
 * How many people the organisation counts, seat by seat and summed over a subtree (format 2
 * headcount seats: "12 × Grade 7, 10.5 FTE" under a post, as organograms publish junior
 * staff). The one home of that rule for every view that shows a total (chart cards, unit and
 * position pages, exports): a headcount seat counts its `count` people and its `fte`; a held
 * seat counts its holders, each one FTE (the model keeps no per-person FTE); a vacant seat
 * counts no one but is a seat. Pure and cycle-safe.
 */
import type { OrgIndex } from './orgIndex';
import type { Position } from './types';

export interface SeatTotals {
  /** Seats (positions), headcount seats included. */
  seats: number;
  /** People: holders, plus the count of each headcount seat. */
  people: number;
  /** Full-time equivalents: a headcount seat's `fte` (else its count), 1 per holder. */
  fte: number;
  /** Seats with nobody (not headcount seats). */
  vacant: number;
  /** Headcount seats among `seats`. */
  headcountSeats: number;
}

export const NO_TOTALS: SeatTotals = { seats: 0, people: 0, fte: 0, vacant: 0, headcountSeats: 0 };

/** One seat's own contribution. */
export function seatTotals(position: Position): SeatTotals {
  const h = position.headcount;
  if (h !== undefined) {
    return { seats: 1, people: h.count, fte: h.fte ?? h.count, vacant: 0, headcountSeats: 1 };
  }
  const holders = new Set(position.holders ?? []).size;
  return {
    seats: 1,
    people: holders,
    fte: holders,
    vacant: holders === 0 ? 1 : 0,
    headcountSeats: 0,
  };
}

function add(a: SeatTotals, b: SeatTotals): SeatTotals {
  return {
    seats: a.seats + b.seats,
    people: a.people + b.people,
    fte: a.fte + b.fte,
    vacant: a.vacant + b.vacant,
    headcountSeats: a.headcountSeats + b.headcountSeats,
  };
}

/**
 * Totals of every position's solid-line subtree, the position itself included. Iterative
 * (deep trees of 100k seats), and a position reached twice (a cycle) is counted once.
 */
export function subtreeTotals(index: OrgIndex): Map<string, SeatTotals> {
  const totals = new Map<string, SeatTotals>();
  const state = new Map<string, 1 | 2>(); // 1: children pending, 2: done
  for (const start of index.positionById.keys()) {
    if (state.has(start)) continue;
    const stack = [start];
    while (stack.length > 0) {
      const id = stack[stack.length - 1]!;
      if (!state.has(id)) {
        state.set(id, 1);
        for (const child of index.reportsOf.get(id) ?? []) if (!state.has(child)) stack.push(child);
        continue;
      }
      stack.pop();
      if (state.get(id) === 2) continue;
      state.set(id, 2);
      let sum = seatTotals(index.positionById.get(id)!);
      for (const child of index.reportsOf.get(id) ?? []) {
        const t = totals.get(child);
        if (t !== undefined && state.get(child) === 2) sum = add(sum, t);
      }
      totals.set(id, sum);
    }
  }
  return totals;
}

/** Totals of a unit: the seats in it and in its child units (cycle-safe). */
export function unitTotals(index: OrgIndex, unitId: string): SeatTotals {
  let sum = NO_TOTALS;
  const seen = new Set<string>();
  const stack = [unitId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const p of index.positionsOfUnit.get(id) ?? []) {
      const position = index.positionById.get(p);
      if (position) sum = add(sum, seatTotals(position));
    }
    stack.push(...(index.childUnitsOf.get(id) ?? []));
  }
  return sum;
}

const cache = new WeakMap<OrgIndex, Map<string, SeatTotals>>();

/** `subtreeTotals`, computed once per data version (the index is rebuilt for each). */
export function subtreeTotalsOf(index: OrgIndex, positionId: string): SeatTotals {
  let totals = cache.get(index);
  if (!totals) {
    totals = subtreeTotals(index);
    cache.set(index, totals);
  }
  return totals.get(positionId) ?? NO_TOTALS;
}
