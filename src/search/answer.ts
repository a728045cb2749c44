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
import type { Channels, LocalizedText, Topic, Unit } from '../domain/types';
import { isAtLocation } from '../domain/userLocation';

// The seat and backup rule lives in the domain (one rule for every view); re-exported for the
// search page's components.
export { backupFor, firstContact, seatOf };
export type { ContactSeat, Seat, SeatStatus } from '../domain/contact';

/**
 * A shared channel that answers the topic: its Responsible channel (format 2
 * `responsibleChannel`: a service desk, a form, a phone line) or, failing that, the service's
 * request channel. The answer card leads with it (issue 14 item 5).
 */
export interface TopicChannel {
  kind: 'responsible' | 'request';
  /** What to call it ("IT service desk"); the unit's name when the data gives none. */
  label: LocalizedText | undefined;
  channels: Channels;
  /** The unit whose contact it is, when it is a unit's. */
  unit: Unit | undefined;
}

export interface TopicAnswer {
  topic: Topic;
  /** The channel to use first, when the topic has one with something to reach. */
  channel: TopicChannel | undefined;
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
  /** The user's location (`locationKey`): a Responsible with someone there comes first. */
  locationKey?: string | undefined;
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

/** Whether a position has a holder at the location (someone present, when anyone is). */
function heldAt(index: OrgIndex, positionId: string, key: string, today: string): boolean {
  const seat = seatOf(index, positionId, today);
  if (!seat) return false;
  const people = seat.present.length > 0 ? seat.present : seat.holders;
  return people.some((p) => isAtLocation(p, key));
}

/**
 * The Responsible positions in the order to contact them: one with someone at the user's
 * location first, then by closeness to the user's unit (`rankByUnit`), then file order.
 */
export function rankResponsible(
  index: OrgIndex,
  positionIds: readonly string[],
  options: AnswerOptions,
): string[] {
  const byUnit = rankByUnit(index, positionIds, options.preferredUnitId);
  const key = options.locationKey;
  if (key === undefined || key === '') return byUnit;
  const here = byUnit.filter((id) => heldAt(index, id, key, options.today));
  return [...here, ...byUnit.filter((id) => !here.includes(id))];
}

/** Within a seat, the people at the user's location first (the first one is the contact). */
function localFirst<T extends Seat>(seat: T, key: string | undefined): T {
  if (key === undefined || key === '') return seat;
  const order = (people: Seat['holders']) => [
    ...people.filter((p) => isAtLocation(p, key)),
    ...people.filter((p) => !isAtLocation(p, key)),
  ];
  return { ...seat, holders: order(seat.holders), present: order(seat.present) };
}

/** The topic's Responsible channel, else its request channel, when it has a way in. */
export function topicChannel(index: OrgIndex, topic: Topic): TopicChannel | undefined {
  const rc = topic.responsibleChannel;
  if (rc) {
    const unit = rc.unitId === undefined ? undefined : index.unitById.get(rc.unitId);
    const channels = rc.channels ?? unit?.contact;
    if (hasAnyChannel(channels)) {
      return { kind: 'responsible', label: rc.label ?? unit?.name, channels, unit };
    }
  }
  const request = topic.service?.request;
  if (hasAnyChannel(request))
    return { kind: 'request', label: undefined, channels: request, unit: undefined };
  return undefined;
}

/** A channel with something to click or go to (hours alone reach nobody). */
function hasAnyChannel(channels: Channels | undefined): channels is Channels {
  if (!channels) return false;
  return (
    [channels.email, channels.phone, channels.chat, channels.url].some(
      (v) => v !== undefined && v.trim() !== '',
    ) || channels.location !== undefined
  );
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
  const { today, locationKey } = options;
  const responsible = rankResponsible(index, positionsWithRole(index, topicId, 'R'), options);
  return {
    topic,
    channel: topicChannel(index, topic),
    unit: topic.unitId === undefined ? undefined : index.unitById.get(topic.unitId),
    responsible: contactSeats(index, responsible, today).map((seat) => ({
      ...localFirst(seat, locationKey),
      backup: seat.backup && localFirst(seat.backup, locationKey),
    })),
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
      return rankResponsible(index, positionsWithRole(index, hit.id, 'R'), options)[0];
    case 'position':
      return hit.id;
    case 'person':
      return index.positionsOfPerson.get(hit.id)?.[0];
    case 'unit':
      return unitHead(index, hit.id);
  }
}
