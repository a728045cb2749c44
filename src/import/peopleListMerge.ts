/**
 * A people list (CSV or JSON from an HR system) says who works here, their title, unit and
 * manager — nothing about topics, RACI, purposes, backups, services or vacancies. Importing one
 * must not wipe those out: `mergePeopleList` lays the list over the current data.
 *
 * - A person keeps the seat they hold now (its id, purpose, responsibilities, backup, dotted
 *   lines, contact); the list sets its holder, title, unit and manager. A title or unit name
 *   equal to one of the current translations keeps the translations.
 * - Units are matched by name (any language; the exact name first, so units whose names differ
 *   only by case or spaces stay apart, else without case or surrounding spaces) and keep their
 *   id, mission, colour, contact and parent; unknown names become new units under the unit
 *   inferred from the managers.
 * - Seats nobody in the list holds stay as vacancies while the seat they report to stays (a
 *   person who left leaves a vacant seat with its RACI, not a hole); a seat below vacant ones
 *   keeps its manager when the list names the holder further up.
 * - People keep what the list has no column for (languages, hours, "ask me about", away-until).
 * - Topics are kept as they are; the units they name are kept too.
 */
import { allTexts } from '../domain/text';
import type { LocalizedText, OrgData, Person, Position, Unit } from '../domain/types';
import type { BuiltInput, BuiltPerson, BuiltPosition, BuiltUnit } from './buildFromTable';

type Text = LocalizedText;

const norm = (s: string) => s.trim().toLowerCase();

/** The current text when `value` is one of its translations (so translations survive). */
function keepText(value: string, current: Text | undefined): Text | string {
  if (current === undefined) return value;
  return allTexts(current).some((v) => norm(v) === norm(value)) ? current : value;
}

/** The merged file, ready for `validateOrg`. */
export interface MergedOrgInput {
  formatVersion: number;
  organisation: unknown;
  units: (BuiltUnit | Unit)[];
  positions: (BuiltPosition | Position)[];
  people: (BuiltPerson | Person)[];
  topics: unknown[];
  /** For each merged seat, the index of the list's position it came from (none: kept seat). */
  positionSources: (number | undefined)[];
}

export function mergePeopleList(list: BuiltInput, current: OrgData): MergedOrgInput {
  const currentUnitById = new Map(current.units.map((u) => [u.id, u]));
  const currentPositionById = new Map(current.positions.map((p) => [p.id, p]));
  const currentPersonById = new Map(current.people.map((p) => [p.id, p]));
  const unitByName = new Map<string, Unit>();
  const unitByExactName = new Map<string, Unit>();
  for (const u of current.units) {
    for (const name of allTexts(u.name)) {
      if (!unitByName.has(norm(name))) unitByName.set(norm(name), u);
      if (!unitByExactName.has(name)) unitByExactName.set(name, u);
    }
  }
  const seatOfPerson = new Map<string, Position>();
  for (const p of current.positions) {
    for (const h of p.holders ?? []) if (!seatOfPerson.has(h)) seatOfPerson.set(h, p);
  }

  // 1. Units of the list: matched by name → current id.
  const unitId = new Map<string, string>();
  for (const u of list.units) {
    const match = unitByExactName.get(u.name) ?? unitByName.get(norm(u.name));
    unitId.set(u.id, match?.id ?? u.id);
  }
  const renameUnit = (id: string | undefined) => (id === undefined ? undefined : unitId.get(id));

  // 2. Seats of the people in the list: their current seat when they have one.
  const positionId = new Map<string, string>();
  const seatHolders = new Map<string, string[]>();
  for (const p of list.positions) {
    const personId = p.holders?.[0] ?? '';
    const seat = seatOfPerson.get(personId);
    const id = seat?.id ?? p.id;
    positionId.set(p.id, id);
    const holders = seatHolders.get(id);
    if (holders) holders.push(...(p.holders ?? []));
    else seatHolders.set(id, [...(p.holders ?? [])]);
  }
  const renamePosition = (id: string | undefined) =>
    id === undefined ? undefined : positionId.get(id);

  const listed = new Set(list.people.map((p) => p.id));
  const positions = new Map<string, BuiltPosition | Position>();
  const sourceOf = new Map<string, number>();
  for (const [index, p] of list.positions.entries()) {
    const id = positionId.get(p.id) ?? p.id;
    if (positions.has(id)) continue; // a shared seat: its first row sets it
    sourceOf.set(id, index);
    const seat = currentPositionById.get(id);
    const reportsTo = keepReportsTo(seat, renamePosition(p.reportsTo), currentPositionById);
    // What the list says beyond title, holders, unit and manager (organisation, the seat's team
    // mailbox, a headcount) is the list's word on the seat.
    const {
      id: _id,
      title: _title,
      holders: _holders,
      unitId: _unit,
      reportsTo: _up,
      ...extra
    } = p;
    const merged: BuiltPosition | Position = {
      ...(seat ?? {}),
      ...extra,
      id,
      title: keepText(p.title, seat?.title) as string,
      ...(p.holders === undefined ? {} : { holders: seatHolders.get(id) ?? p.holders }),
    };
    const unit = renameUnit(p.unitId);
    if (unit !== undefined) merged.unitId = unit;
    else if (seat === undefined) delete merged.unitId;
    if (reportsTo !== undefined) merged.reportsTo = reportsTo;
    else delete merged.reportsTo;
    positions.set(id, merged);
  }

  // 3. Seats nobody in the list claimed stay, vacant or with their listed holders, while the
  //    seat above them stays (repeat: a vacancy under a vacancy).
  for (let added = true; added;) {
    added = false;
    for (const seat of current.positions) {
      if (positions.has(seat.id)) continue;
      if (seat.reportsTo === undefined || !positions.has(seat.reportsTo)) continue;
      const holders = (seat.holders ?? []).filter(
        (h) => listed.has(h) && seatOfPerson.get(h)?.id !== seat.id,
      );
      // Always a copy: dangling backups and dotted lines are dropped below, and the current
      // data (the diff's "before") must not change.
      positions.set(seat.id, seat.holders === undefined ? { ...seat } : { ...seat, holders });
      added = true;
    }
  }
  // References to seats that are gone are dropped rather than left dangling.
  for (const p of positions.values()) {
    if ('backupId' in p && p.backupId !== undefined && !positions.has(p.backupId)) {
      delete p.backupId;
    }
    if ('dottedLineTo' in p && p.dottedLineTo !== undefined) {
      p.dottedLineTo = p.dottedLineTo.filter((id) => positions.has(id));
    }
  }

  // 4. Units: those of the list (with their current record), then every current unit still
  //    needed — by a seat, a topic, or as an ancestor.
  const units = new Map<string, BuiltUnit | Unit>();
  for (const u of list.units) {
    const id = unitId.get(u.id) ?? u.id;
    if (units.has(id)) continue;
    const existing = currentUnitById.get(id);
    if (existing) units.set(id, { ...existing, name: keepText(u.name, existing.name) });
    else {
      const parentId = renameUnit(u.parentId);
      units.set(id, { ...u, id, ...(parentId === undefined ? {} : { parentId }) });
    }
  }
  const needed: string[] = [];
  for (const p of positions.values()) if (p.unitId !== undefined) needed.push(p.unitId);
  for (const t of current.topics) if (t.unitId !== undefined) needed.push(t.unitId);
  for (const u of [...units.values()]) if (u.parentId !== undefined) needed.push(u.parentId);
  while (needed.length > 0) {
    const id = needed.pop()!;
    if (units.has(id)) continue;
    const unit = currentUnitById.get(id);
    if (!unit) continue;
    units.set(id, unit);
    if (unit.parentId !== undefined) needed.push(unit.parentId);
  }

  // 5. People: the list's fields over what we know of them.
  const people = list.people.map((p) => {
    const known = currentPersonById.get(p.id);
    if (!known) return p;
    const merged: BuiltPerson | Person = { ...known, ...p };
    if (typeof p.location === 'string') merged.location = keepText(p.location, known.location);
    return merged;
  });

  return {
    formatVersion: list.formatVersion,
    organisation: list.organisation,
    units: [...units.values()],
    positions: [...positions.values()],
    people,
    topics: current.topics,
    positionSources: [...positions.keys()].map((id) => sourceOf.get(id)),
  };
}

/**
 * The list names a person's manager; the current data may have vacant seats between them
 * (the export skips vacancies). When walking up through vacant seats from the current manager
 * reaches the listed one, the current line is kept.
 */
function keepReportsTo(
  seat: Position | undefined,
  listed: string | undefined,
  byId: ReadonlyMap<string, Position>,
): string | undefined {
  if (seat?.reportsTo === undefined || listed === undefined) return listed;
  const seen = new Set<string>();
  let up: string | undefined = seat.reportsTo;
  while (up !== undefined && !seen.has(up)) {
    if (up === listed) return seat.reportsTo;
    seen.add(up);
    const above = byId.get(up);
    if (!above || (above.holders?.length ?? 0) > 0) return listed;
    up = above.reportsTo;
  }
  return listed;
}
