/**
 * Who to contact for a seat or a topic now: who holds the seat and whether they are in, and,
 * when nobody is, the backup to use instead (following the backup chain). The one home of this
 * rule: search answers, the service catalogue, records, the chart panel and "I'm new" all call
 * it, so every page names the same person. Pure: the caller passes `today`.
 */
import { holdersOf, isAway, type OrgIndex } from './orgIndex';
import type { Person, Position, RaciRole, Unit } from './types';

export type SeatStatus = 'available' | 'away' | 'vacant';

export interface Seat {
  position: Position;
  unit: Unit | undefined;
  holders: Person[];
  /** Holders who are not away today. */
  present: Person[];
  status: SeatStatus;
}

export interface ContactSeat extends Seat {
  /** When nobody in the seat is available: the first backup with someone present (or the last tried). */
  backup: Seat | undefined;
}

export function seatOf(index: OrgIndex, positionId: string, today: string): Seat | undefined {
  const position = index.positionById.get(positionId);
  if (!position) return undefined;
  const holders = holdersOf(index, positionId);
  const present = holders.filter((p) => !isAway(p, today));
  const status: SeatStatus =
    holders.length === 0 ? 'vacant' : present.length === 0 ? 'away' : 'available';
  const unit = position.unitId === undefined ? undefined : index.unitById.get(position.unitId);
  return { position, unit, holders, present, status };
}

/** A backup's backup is tried, and so on, this many times: past that the data is more likely wrong. */
export const MAX_BACKUP_HOPS = 5;

/** Follows backups until someone is present; stops on cycles and unknown ids. */
export function backupFor(index: OrgIndex, seat: Seat, today: string): Seat | undefined {
  if (seat.status === 'available') return undefined;
  const seen = new Set([seat.position.id]);
  let next = seat.position.backupId;
  let last: Seat | undefined;
  for (let hop = 0; hop < MAX_BACKUP_HOPS && next !== undefined && !seen.has(next); hop++) {
    seen.add(next);
    const candidate = seatOf(index, next, today);
    if (!candidate) break;
    if (candidate.status === 'available') return candidate;
    last = candidate;
    next = candidate.position.backupId;
  }
  return last;
}

/** The seat with its backup (when nobody in it is available), or undefined for an unknown id. */
export function contactSeatOf(
  index: OrgIndex,
  positionId: string,
  today: string,
): ContactSeat | undefined {
  const seat = seatOf(index, positionId, today);
  return seat && { ...seat, backup: backupFor(index, seat, today) };
}

/** The person to contact first for a seat: a present holder, else the backup's (as shown). */
export function firstContact(seat: ContactSeat): { person: Person | undefined; seat: Seat } {
  if (seat.status === 'available') return { person: seat.present[0], seat };
  const backup = seat.backup;
  if (!backup) return { person: seat.holders[0], seat };
  return { person: shownPeople(backup)[0], seat: backup };
}

/** The people a seat shows: those present, or all holders (marked away) when nobody is. */
export function shownPeople(seat: Seat): Person[] {
  return seat.status === 'available' ? seat.present : seat.holders;
}

/** Positions with `role` on the topic: known ids only, each once, in file order. */
export function positionsWithRole(index: OrgIndex, topicId: string, role: RaciRole): string[] {
  const ids = (index.raciByTopic.get(topicId) ?? [])
    .filter((e) => e.role === role && index.positionById.has(e.positionId))
    .map((e) => e.positionId);
  return [...new Set(ids)];
}

/** The seats to contact for a topic: its Responsible, else its Accountable (file order). */
export function topicContactIds(index: OrgIndex, topicId: string): string[] {
  const responsible = positionsWithRole(index, topicId, 'R');
  return responsible.length > 0 ? responsible : positionsWithRole(index, topicId, 'A');
}
