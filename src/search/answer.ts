/**
 * Topic → the answer to "who do I contact?": the Responsible positions (the user's own unit
 * first), who holds them and whether they are in, the backup to use when they are not, the
 * Accountable for escalation, the Consulted and Informed. Pure: the caller passes `today`.
 */
import { holdersOf, isAway, type OrgIndex } from '../domain/orgIndex';
import type { Person, Position, RaciRole, Topic, Unit } from '../domain/types';

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

export interface TopicAnswer {
  topic: Topic;
  /** The unit whose catalogue lists the topic. */
  unit: Unit | undefined;
  responsible: ContactSeat[];
  accountable: ContactSeat[];
  consulted: Seat[];
  informed: Seat[];
}

export interface AnswerOptions {
  today: string;
  /** The user's own unit (chosen on the onboarding page): its Responsible comes first. */
  preferredUnitId?: string | undefined;
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

const MAX_BACKUP_HOPS = 5;

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

/** Ancestors of a unit, itself included, nearest first (cycle-safe). */
function unitLineage(index: OrgIndex, unitId: string | undefined): string[] {
  const chain: string[] = [];
  let current = unitId;
  while (current !== undefined && !chain.includes(current) && index.unitById.has(current)) {
    chain.push(current);
    current = index.unitById.get(current)?.parentId;
  }
  return chain;
}

/**
 * Orders positions by closeness to the user's unit: same unit, then the nearest
 * common ancestor; file order otherwise (the data owner lists the main contact first).
 */
export function rankByUnit(
  index: OrgIndex,
  positionIds: readonly string[],
  preferredUnitId: string | undefined,
): string[] {
  if (preferredUnitId === undefined) return [...positionIds];
  const mine = unitLineage(index, preferredUnitId);
  if (mine.length === 0) return [...positionIds];
  const distance = (id: string) => {
    const lineage = unitLineage(index, index.positionById.get(id)?.unitId);
    const common = lineage.findIndex((u) => mine.includes(u));
    return common === -1 ? Infinity : common + mine.indexOf(lineage[common]!);
  };
  return positionIds
    .map((id, order) => ({ id, order, d: distance(id) }))
    .sort((a, b) => a.d - b.d || a.order - b.order)
    .map((x) => x.id);
}

function positionsWith(index: OrgIndex, topicId: string, role: RaciRole): string[] {
  const ids = (index.raciByTopic.get(topicId) ?? [])
    .filter((e) => e.role === role)
    .map((e) => e.positionId);
  return [...new Set(ids)];
}

function seats(index: OrgIndex, ids: readonly string[], today: string): Seat[] {
  return ids.flatMap((id) => seatOf(index, id, today) ?? []);
}

function contactSeats(index: OrgIndex, ids: readonly string[], today: string): ContactSeat[] {
  return seats(index, ids, today).map((seat) => ({
    ...seat,
    backup: backupFor(index, seat, today),
  }));
}

export function buildAnswer(
  index: OrgIndex,
  topicId: string,
  options: AnswerOptions,
): TopicAnswer | undefined {
  const topic = index.topicById.get(topicId);
  if (!topic) return undefined;
  const { today, preferredUnitId } = options;
  const responsible = rankByUnit(index, positionsWith(index, topicId, 'R'), preferredUnitId);
  return {
    topic,
    unit: topic.unitId === undefined ? undefined : index.unitById.get(topic.unitId),
    responsible: contactSeats(index, responsible, today),
    accountable: contactSeats(index, positionsWith(index, topicId, 'A'), today),
    consulted: seats(index, positionsWith(index, topicId, 'C'), today),
    informed: seats(index, positionsWith(index, topicId, 'I'), today),
  };
}

/** The head of a unit: its first position whose manager sits outside the unit. */
export function unitHead(index: OrgIndex, unitId: string): string | undefined {
  const ids = index.positionsOfUnit.get(unitId) ?? [];
  const head = ids.find((id) => {
    const manager = index.positionById.get(id)?.reportsTo;
    return manager === undefined || index.positionById.get(manager)?.unitId !== unitId;
  });
  return head ?? ids[0];
}

/** The person to contact first for a seat: a present holder, else the backup's (as shown). */
export function firstContact(seat: ContactSeat): { person: Person | undefined; seat: Seat } {
  if (seat.status === 'available') return { person: seat.present[0], seat };
  const backup = seat.backup;
  if (!backup) return { person: seat.holders[0], seat };
  const shown = backup.status === 'available' ? backup.present : backup.holders;
  return { person: shown[0], seat: backup };
}

/**
 * The position a result puts you in touch with: a topic's first Responsible, a role itself,
 * a person's (first) role, a unit's head. Used to score answer quality.
 */
export function contactPositionOf(
  index: OrgIndex,
  hit: { kind: 'topic' | 'person' | 'position' | 'unit'; id: string },
  options: AnswerOptions,
): string | undefined {
  switch (hit.kind) {
    case 'topic': {
      const ids = (index.raciByTopic.get(hit.id) ?? [])
        .filter((e) => e.role === 'R')
        .map((e) => e.positionId);
      return rankByUnit(index, [...new Set(ids)], options.preferredUnitId)[0];
    }
    case 'position':
      return hit.id;
    case 'person':
      return index.positionsOfPerson.get(hit.id)?.[0];
    case 'unit':
      return unitHead(index, hit.id);
  }
}
