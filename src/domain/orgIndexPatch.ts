/**
 * The org index of data that differs from an indexed version by a few records (an edit of the
 * draft), made from that index instead of from scratch: the maps and lists the changed records
 * appear in are copied and patched, every other map is shared. At 10k people a rebuild is
 * ~10 ms of main-thread work per edit (and ~100 ms at 100k); a patch is a fraction of one.
 *
 * The result equals `buildOrgIndex(data)` (orgIndexPatch.test.ts compares them over random
 * edits): the by-id maps in file order, each list in file order, the same keys (never an empty
 * list). Only the key order of the list maps may differ, which no view relies on. When the data
 * has duplicate ids, or an added record lands amid the others, the patch declines (undefined)
 * and the caller builds the index again.
 */
import type { EntityKind } from './diff';
import type { OrgIndex, RaciEntry } from './orgIndex';
import type { OrgData, Person, Position, Topic, Unit } from './types';

/** Record id → its place in `data[kind]` (the draft's `at`, `domain/editing/draft.ts`). */
export type RecordPlaces = Readonly<Record<EntityKind, ReadonlyMap<string, number>>>;

/** Ids of the records that may differ, by kind (added, removed or replaced). */
export type ChangedIds = Partial<Record<EntityKind, Iterable<string>>>;

/** A map copied on its first write, each of its lists copied on their first write. */
class ListMap<V> {
  private map: Map<string, V[]> | undefined;
  private readonly copied = new Set<string>();
  constructor(private readonly base: ReadonlyMap<string, readonly V[]>) {}

  private writable(key: string): V[] | undefined {
    this.map ??= new Map(this.base as Map<string, V[]>);
    if (this.copied.has(key)) return this.map.get(key);
    const list = this.map.get(key);
    if (!list) return undefined;
    const copy = list.slice();
    this.map.set(key, copy);
    this.copied.add(key);
    return copy;
  }

  /** Removes every value `is` matches from the list of `key` (the key goes with its last value). */
  remove(key: string, is: (value: V) => boolean): void {
    if (!(this.map ?? this.base).get(key)?.some(is)) return;
    const list = this.writable(key) as V[];
    let kept = 0;
    for (const value of list) if (!is(value)) list[kept++] = value;
    list.length = kept;
    if (kept === 0) (this.map as Map<string, V[]>).delete(key);
  }

  /** Inserts `values` before the first value `after` says sorts after them (the list is sorted). */
  insert(key: string, values: readonly V[], after: (value: V) => boolean): void {
    if (values.length === 0) return;
    const list = this.writable(key);
    if (!list) {
      (this.map as Map<string, V[]>).set(key, values.slice());
      this.copied.add(key);
      return;
    }
    list.splice(firstAfter(list, after), 0, ...values);
  }

  result(): ReadonlyMap<string, readonly V[]> {
    return this.map ?? this.base;
  }
}

/** The first index whose value sorts after the inserted ones (`after` is monotonic). */
function firstAfter<V>(list: readonly V[], after: (value: V) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(list[mid] as V)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A by-id map with a few records replaced: the index's map shared, the replacements beside it
 * (copying a 100k-entry Map took ~50 ms in Node, ~2 ms at 10k). Same keys, same order, the new
 * values. Patching it again layers on the same base; once the replacements are many it is
 * copied into a plain Map.
 */
export class OverlayMap<V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly base: ReadonlyMap<string, V>,
    private readonly over: ReadonlyMap<string, V>,
  ) {}

  /** `base` with `changes` (ids it has) replaced. */
  static patch<V>(
    map: ReadonlyMap<string, V>,
    changes: ReadonlyMap<string, V>,
  ): ReadonlyMap<string, V> {
    const base = map instanceof OverlayMap ? (map.base as ReadonlyMap<string, V>) : map;
    const over =
      map instanceof OverlayMap
        ? new Map(map.over as ReadonlyMap<string, V>)
        : new Map<string, V>();
    for (const [id, value] of changes) over.set(id, value);
    // Past a few replacements per thousand records, a plain copy costs less than the lookups.
    if (over.size > 64 && over.size * 32 > base.size) {
      const plain = new Map(base);
      for (const [id, value] of over) plain.set(id, value);
      return plain;
    }
    return new OverlayMap(base, over);
  }

  get size(): number {
    return this.base.size;
  }
  has(id: string): boolean {
    return this.base.has(id);
  }
  get(id: string): V | undefined {
    return this.over.get(id) ?? this.base.get(id);
  }
  keys(): MapIterator<string> {
    return this.base.keys();
  }
  *#entries(): Generator<[string, V]> {
    for (const [id, value] of this.base) yield [id, this.over.get(id) ?? value];
  }
  *#values(): Generator<V> {
    for (const [id, value] of this.base) yield this.over.get(id) ?? value;
  }
  entries(): MapIterator<[string, V]> {
    return this.#entries();
  }
  values(): MapIterator<V> {
    return this.#values();
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
  forEach(fn: (value: V, id: string, map: ReadonlyMap<string, V>) => void, self?: unknown): void {
    for (const [id, value] of this.#entries()) fn.call(self, value, id, this);
  }
}

/**
 * The by-id map of one kind with the changed ids set or deleted; undefined when an added record
 * does not come after every other (a Map's order is its insertion order, the index's is the
 * file's). Replacements only: an `OverlayMap` over the index's map.
 */
function patchById<T extends { id: string }>(
  base: ReadonlyMap<string, T>,
  list: readonly T[],
  places: ReadonlyMap<string, number>,
  ids: readonly string[],
): { map: ReadonlyMap<string, T>; added: string[]; removed: string[] } | undefined {
  if (ids.length === 0) return { map: base, added: [], removed: [] };
  const replaced = new Map<string, T>();
  const added: { id: string; at: number }[] = [];
  const removed: string[] = [];
  for (const id of ids) {
    const at = places.get(id);
    const record = at === undefined ? undefined : list[at];
    if (record) {
      if (base.has(id)) replaced.set(id, record);
      else added.push({ id, at: at as number });
    } else if (base.has(id)) removed.push(id);
  }
  if (added.length === 0 && removed.length === 0) {
    return { map: OverlayMap.patch(base, replaced), added: [], removed: [] };
  }
  added.sort((a, b) => a.at - b.at);
  for (let i = 0; i < added.length; i++) {
    if ((added[i] as { at: number }).at !== list.length - added.length + i) return undefined;
  }
  const map = new Map(base);
  for (const [id, record] of replaced) map.set(id, record);
  for (const id of removed) map.delete(id);
  for (const a of added) map.set(a.id, list[a.at] as T);
  return { map, added: added.map((a) => a.id), removed };
}

const unique = (ids: Iterable<string> | undefined): string[] => [...new Set(ids ?? [])];

/** Which of a position's index entries an edit can have changed. */
interface Facets {
  manager: boolean;
  dotted: boolean;
  holders: boolean;
  letters: boolean;
  unit: boolean;
}

const sameIds = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  a === b || ((a ?? []).length === (b ?? []).length && (a ?? []).every((x, i) => x === b?.[i]));

function facetsToRedo(
  before: Position | undefined,
  after: Position | undefined,
  idsKept: boolean,
): Facets {
  if (!before || !after)
    return { manager: true, dotted: true, holders: true, letters: true, unit: true };
  const a = before.responsibilities ?? [];
  const b = after.responsibilities ?? [];
  return {
    manager: !idsKept || before.reportsTo !== after.reportsTo,
    dotted: !idsKept || !sameIds(before.dottedLineTo, after.dottedLineTo),
    holders: !sameIds(before.holders, after.holders),
    letters:
      a.length !== b.length ||
      a.some((r, i) => r.topicId !== b[i]?.topicId || r.role !== b[i]?.role),
    unit: before.unitId !== after.unitId,
  };
}

/**
 * `buildOrgIndex(data)`, made by patching `index` (the index of the data before the change):
 * `changed` names every record that may differ, `places` is where each record of `data` sits.
 * Undefined when it cannot (duplicate ids, a record added amid the others).
 */
export function patchOrgIndex(
  index: OrgIndex,
  data: OrgData,
  places: RecordPlaces,
  changed: ChangedIds,
): OrgIndex | undefined {
  const old = index.data;
  // Duplicate ids (invalid data, reported by the checks): the first record wins, and which one
  // that is can change with an edit. Built again.
  if (
    places.units.size !== data.units.length ||
    places.positions.size !== data.positions.length ||
    places.people.size !== data.people.length ||
    places.topics.size !== data.topics.length ||
    index.unitById.size !== old.units.length ||
    index.positionById.size !== old.positions.length ||
    index.personById.size !== old.people.length ||
    index.topicById.size !== old.topics.length
  )
    return undefined;

  const units = patchById<Unit>(index.unitById, data.units, places.units, unique(changed.units));
  const positions = patchById<Position>(
    index.positionById,
    data.positions,
    places.positions,
    unique(changed.positions),
  );
  const people = patchById<Person>(
    index.personById,
    data.people,
    places.people,
    unique(changed.people),
  );
  const topics = patchById<Topic>(
    index.topicById,
    data.topics,
    places.topics,
    unique(changed.topics),
  );
  if (!units || !positions || !people || !topics) return undefined;
  const unitById = units.map;
  const positionById = positions.map;

  // Records whose place in the lists can change: the changed ones, and those naming a position
  // or unit that came or went (a report of a removed manager becomes a top).
  const affectedPositions = new Set(unique(changed.positions));
  if (positions.added.length > 0) {
    const added = new Set(positions.added);
    for (const p of data.positions) {
      if (
        (p.reportsTo !== undefined && added.has(p.reportsTo)) ||
        p.dottedLineTo?.some((d) => added.has(d))
      )
        affectedPositions.add(p.id);
    }
  }
  for (const id of positions.removed) {
    for (const r of index.reportsOf.get(id) ?? []) affectedPositions.add(r);
    for (const r of index.dottedReportsOf.get(id) ?? []) affectedPositions.add(r);
  }
  const affectedUnits = new Set(unique(changed.units));
  if (units.added.length > 0) {
    const added = new Set(units.added);
    for (const u of data.units)
      if (u.parentId !== undefined && added.has(u.parentId)) affectedUnits.add(u.id);
  }
  for (const id of units.removed)
    for (const c of index.childUnitsOf.get(id) ?? []) affectedUnits.add(c);

  const placeOf = (id: string) => places.positions.get(id) ?? -1;
  const reportsOf = new ListMap(index.reportsOf);
  const dottedReportsOf = new ListMap(index.dottedReportsOf);
  const positionsOfPerson = new ListMap(index.positionsOfPerson);
  const raciByTopic = new ListMap<RaciEntry>(index.raciByTopic);
  const positionsOfUnit = new ListMap(index.positionsOfUnit);
  const childUnitsOf = new ListMap(index.childUnitsOf);
  let roots: string[] | undefined;

  // What of each position's entries to redo: a field the edit left as it was keeps its entries
  // (unless positions came or went: a manager or dotted line may then be known or unknown now).
  // A letter changed copies the RACI lists, not the tree's.
  const idsKept = positions.added.length === 0 && positions.removed.length === 0;
  const redo = new Map<string, Facets>();
  for (const id of affectedPositions) {
    redo.set(id, facetsToRedo(index.positionById.get(id), positionById.get(id), idsKept));
  }

  // First every old entry goes, then the new ones come: an insert finds its place among
  // records that all exist (a removed record has no place to compare with).
  for (const [id, f] of redo) {
    const before = index.positionById.get(id);
    if (!before) continue;
    const me = (v: string) => v === id;
    if (f.manager) {
      if (before.reportsTo !== undefined) reportsOf.remove(before.reportsTo, me);
      const top = (roots ?? index.rootPositionIds).indexOf(id);
      if (top >= 0) (roots ??= index.rootPositionIds.slice()).splice(top, 1);
    }
    if (f.dotted) for (const d of before.dottedLineTo ?? []) dottedReportsOf.remove(d, me);
    if (f.holders) for (const h of before.holders ?? []) positionsOfPerson.remove(h, me);
    if (f.letters) {
      for (const r of before.responsibilities ?? [])
        raciByTopic.remove(r.topicId, (e) => e.positionId === id);
    }
    if (f.unit && before.unitId !== undefined) positionsOfUnit.remove(before.unitId, me);
  }
  for (const [id, f] of redo) {
    const after = positionById.get(id);
    if (!after) continue;
    const at = placeOf(id);
    const later = (v: string) => placeOf(v) > at;
    const manager = after.reportsTo;
    if (!f.manager) {
      // Kept where it is.
    } else if (manager !== undefined && manager !== id && positionById.has(manager)) {
      reportsOf.insert(manager, [id], later);
    } else {
      roots ??= index.rootPositionIds.slice();
      roots.splice(firstAfter(roots, later), 0, id);
    }
    if (f.dotted) {
      const dotted = new Map<string, string[]>();
      for (const d of after.dottedLineTo ?? []) {
        if (positionById.has(d)) dotted.set(d, [...(dotted.get(d) ?? []), id]);
      }
      for (const [d, ids] of dotted) dottedReportsOf.insert(d, ids, later);
    }
    if (f.holders) {
      for (const h of new Set(after.holders ?? [])) positionsOfPerson.insert(h, [id], later);
    }
    if (f.letters) {
      const letters = new Map<string, RaciEntry[]>();
      for (const r of after.responsibilities ?? []) {
        const entry = { positionId: id, role: r.role };
        letters.set(r.topicId, [...(letters.get(r.topicId) ?? []), entry]);
      }
      for (const [topic, entries] of letters)
        raciByTopic.insert(topic, entries, (e) => placeOf(e.positionId) > at);
    }
    if (f.unit && after.unitId !== undefined) positionsOfUnit.insert(after.unitId, [id], later);
  }

  for (const id of affectedUnits) {
    const parent = index.unitById.get(id)?.parentId;
    if (parent !== undefined) childUnitsOf.remove(parent, (v) => v === id);
  }
  for (const id of affectedUnits) {
    const parent = unitById.get(id)?.parentId;
    if (parent === undefined || parent === id || !unitById.has(parent)) continue;
    const at = places.units.get(id) ?? -1;
    childUnitsOf.insert(parent, [id], (v) => (places.units.get(v) ?? -1) > at);
  }

  return {
    data,
    unitById,
    positionById,
    personById: people.map,
    topicById: topics.map,
    reportsOf: reportsOf.result(),
    dottedReportsOf: dottedReportsOf.result(),
    positionsOfPerson: positionsOfPerson.result(),
    raciByTopic: raciByTopic.result(),
    positionsOfUnit: positionsOfUnit.result(),
    childUnitsOf: childUnitsOf.result(),
    rootPositionIds: roots ?? index.rootPositionIds,
  };
}
