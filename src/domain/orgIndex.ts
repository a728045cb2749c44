/**
 * Lookups derived from the flat org data: by-id maps, the solid-line tree, holders and RACI.
 * Built once per data version and shared by search, chart, records and onboarding.
 * Tolerates bad data (unknown ids, cycles): it never throws and never loops.
 */
import { runToEnd } from './steps';
import type { OrgData, Person, Position, RaciRole, Topic, Unit } from './types';

export interface RaciEntry {
  positionId: string;
  role: RaciRole;
}

export interface OrgIndex {
  readonly data: OrgData;
  readonly unitById: ReadonlyMap<string, Unit>;
  readonly positionById: ReadonlyMap<string, Position>;
  readonly personById: ReadonlyMap<string, Person>;
  readonly topicById: ReadonlyMap<string, Topic>;
  /** Position id → ids of its direct (solid-line) reports, in file order. */
  readonly reportsOf: ReadonlyMap<string, readonly string[]>;
  /** Position id → positions that report to it by a dotted line. */
  readonly dottedReportsOf: ReadonlyMap<string, readonly string[]>;
  /** Person id → ids of the positions they hold. */
  readonly positionsOfPerson: ReadonlyMap<string, readonly string[]>;
  /** Topic id → positions with a RACI letter on it, in file order. */
  readonly raciByTopic: ReadonlyMap<string, readonly RaciEntry[]>;
  /** Unit id → ids of the positions in it. */
  readonly positionsOfUnit: ReadonlyMap<string, readonly string[]>;
  /** Unit id → child unit ids. */
  readonly childUnitsOf: ReadonlyMap<string, readonly string[]>;
  /** Positions whose manager is absent or unknown (several roots is a warning, not a crash). */
  readonly rootPositionIds: readonly string[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Records handled between two pauses of `orgIndexSteps`. */
export const INDEX_STEP_RECORDS = 2_000;

function* byIdSteps<T extends { id: string }>(
  items: readonly T[],
  map: Map<string, T>,
): Generator<void, void> {
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    if (!map.has(item.id)) map.set(item.id, item);
    if ((i + 1) % INDEX_STEP_RECORDS === 0) yield;
  }
}

/**
 * Builds the index a few thousand records at a time: it pauses (yields) after every
 * `INDEX_STEP_RECORDS` records and returns the index when done. Lets a caller on the main thread
 * spread a 100k-people index over short tasks; `buildOrgIndex` runs it in one go.
 */
export function* orgIndexSteps(data: OrgData): Generator<void, OrgIndex> {
  // First record wins on duplicate ids, matching what validation reports.
  const unitById = new Map<string, Unit>();
  const positionById = new Map<string, Position>();
  const personById = new Map<string, Person>();
  const topicById = new Map<string, Topic>();
  yield* byIdSteps(data.units, unitById);
  yield* byIdSteps(data.positions, positionById);
  yield* byIdSteps(data.people, personById);
  yield* byIdSteps(data.topics, topicById);
  const reportsOf = new Map<string, string[]>();
  const dottedReportsOf = new Map<string, string[]>();
  const positionsOfPerson = new Map<string, string[]>();
  const raciByTopic = new Map<string, RaciEntry[]>();
  const positionsOfUnit = new Map<string, string[]>();
  const childUnitsOf = new Map<string, string[]>();
  const rootPositionIds: string[] = [];

  let count = 0;
  for (const unit of unitById.values()) {
    if (unit.parentId !== undefined && unit.parentId !== unit.id && unitById.has(unit.parentId)) {
      push(childUnitsOf, unit.parentId, unit.id);
    }
    if (++count % INDEX_STEP_RECORDS === 0) yield;
  }
  count = 0;
  for (const position of positionById.values()) {
    const manager = position.reportsTo;
    if (manager !== undefined && manager !== position.id && positionById.has(manager)) {
      push(reportsOf, manager, position.id);
    } else {
      rootPositionIds.push(position.id);
    }
    for (const dotted of position.dottedLineTo ?? []) {
      if (positionById.has(dotted)) push(dottedReportsOf, dotted, position.id);
    }
    for (const holder of new Set(position.holders ?? []))
      push(positionsOfPerson, holder, position.id);
    for (const r of position.responsibilities ?? []) {
      push(raciByTopic, r.topicId, { positionId: position.id, role: r.role });
    }
    if (position.unitId !== undefined) push(positionsOfUnit, position.unitId, position.id);
    if (++count % INDEX_STEP_RECORDS === 0) yield;
  }

  return {
    data,
    unitById,
    positionById,
    personById,
    topicById,
    reportsOf,
    dottedReportsOf,
    positionsOfPerson,
    raciByTopic,
    positionsOfUnit,
    childUnitsOf,
    rootPositionIds,
  };
}

export function buildOrgIndex(data: OrgData): OrgIndex {
  return runToEnd(orgIndexSteps(data));
}

/**
 * The solid-line chain from `positionId` up to the top, starting with the position itself.
 * Stops at an unknown manager or when a cycle would repeat a position.
 */
export function reportingChain(index: OrgIndex, positionId: string): string[] {
  const chain: string[] = [];
  const seen = new Set<string>();
  let current: string | undefined = positionId;
  while (current !== undefined && !seen.has(current) && index.positionById.has(current)) {
    seen.add(current);
    chain.push(current);
    current = index.positionById.get(current)?.reportsTo;
  }
  return chain;
}

/** True when the person is away on `today` (YYYY-MM-DD): `awayUntil` is inclusive. */
export function isAway(person: Person | undefined, today: string): boolean {
  return person?.awayUntil !== undefined && person.awayUntil >= today;
}

/** The people holding a position (unknown ids skipped). Empty = vacant. */
export function holdersOf(index: OrgIndex, positionId: string): Person[] {
  const position = index.positionById.get(positionId);
  const people: Person[] = [];
  for (const id of position?.holders ?? []) {
    const person = index.personById.get(id);
    if (person) people.push(person);
  }
  return people;
}

export { todayIso } from './today';
