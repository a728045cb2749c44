/**
 * Topic → the answer to "who do I contact?": the Responsible positions (the user's own unit
 * first), who holds them and whether they are in, the backup to use when they are not, the
 * Accountable for escalation, the Consulted and Informed. Pure: the caller passes `today`.
 */
import {
  backupFor,
  contactSeatOf,
  firstContact,
  positionsWithRole,
  seatOf,
  type ContactSeat,
  type Seat,
} from '../domain/contact';
import type { OrgIndex } from '../domain/orgIndex';
import type { Topic, Unit } from '../domain/types';

// The seat and backup rule lives in the domain (one rule for every view); re-exported for the
// search page's components.
export { backupFor, firstContact, seatOf };
export type { ContactSeat, Seat, SeatStatus } from '../domain/contact';

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

function seats(index: OrgIndex, ids: readonly string[], today: string): Seat[] {
  return ids.flatMap((id) => seatOf(index, id, today) ?? []);
}

function contactSeats(index: OrgIndex, ids: readonly string[], today: string): ContactSeat[] {
  return ids.flatMap((id) => contactSeatOf(index, id, today) ?? []);
}

export function buildAnswer(
  index: OrgIndex,
  topicId: string,
  options: AnswerOptions,
): TopicAnswer | undefined {
  const topic = index.topicById.get(topicId);
  if (!topic) return undefined;
  const { today, preferredUnitId } = options;
  const responsible = rankByUnit(index, positionsWithRole(index, topicId, 'R'), preferredUnitId);
  return {
    topic,
    unit: topic.unitId === undefined ? undefined : index.unitById.get(topic.unitId),
    responsible: contactSeats(index, responsible, today),
    accountable: contactSeats(index, positionsWithRole(index, topicId, 'A'), today),
    consulted: seats(index, positionsWithRole(index, topicId, 'C'), today),
    informed: seats(index, positionsWithRole(index, topicId, 'I'), today),
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
    case 'topic':
      return rankByUnit(index, positionsWithRole(index, hit.id, 'R'), options.preferredUnitId)[0];
    case 'position':
      return hit.id;
    case 'person':
      return index.positionsOfPerson.get(hit.id)?.[0];
    case 'unit':
      return unitHead(index, hit.id);
  }
}
