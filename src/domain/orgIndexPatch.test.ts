// @vitest-environment node
/**
 * A patched index must be the index built from scratch: random sequences of editing operations,
 * raw record changes (unknown managers, self references, repeated letters and holders, records
 * added that others already name) and undos, patched step after step and compared with
 * `buildOrgIndex` after every one.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, type EntityKind } from './diff';
import { invertEdit, type AnyRecord, type Edit } from './editing/change';
import { applyEdit, draftOf, type DraftData } from './editing/draft';
import * as ops from './editing/operations';
import { buildOrgIndex, type OrgIndex } from './orgIndex';
import { OverlayMap, patchOrgIndex, type ChangedIds } from './orgIndexPatch';
import type { OrgData, Position, RaciRole, Unit } from './types';

const SAMPLE = JSON.parse(readFileSync('test/fixtures/valid/small-org.json', 'utf8')) as OrgData;

/** The index as plain values: by-id maps in order, list maps by key (their key order is free). */
function plain(index: OrgIndex) {
  const lists = (m: ReadonlyMap<string, readonly unknown[]>) =>
    [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    data: index.data,
    unitById: [...index.unitById.entries()],
    positionById: [...index.positionById.entries()],
    personById: [...index.personById.entries()],
    topicById: [...index.topicById.entries()],
    reportsOf: lists(index.reportsOf),
    dottedReportsOf: lists(index.dottedReportsOf),
    positionsOfPerson: lists(index.positionsOfPerson),
    raciByTopic: lists(index.raciByTopic),
    positionsOfUnit: lists(index.positionsOfUnit),
    childUnitsOf: lists(index.childUnitsOf),
    rootPositionIds: index.rootPositionIds,
  };
}

function changedIds(edit: Edit): ChangedIds {
  const ids: Partial<Record<EntityKind, string[]>> = {};
  for (const c of edit.changes) (ids[c.kind] ??= []).push(c.id);
  return ids;
}

/** Ids the raw changes point at: known ones, the record itself, unknown and not-yet-added ones. */
const POOL = ['ceo', 'cfo', 'hr-head', 'helpdesk-agent', 'nobody', 'late-0', 'late-1', 'late-2'];
const ROLES: RaciRole[] = ['R', 'A', 'C', 'I'];

type Step = { kind: number; pick: number; a: number; b: number; c: number };

function raw(draft: DraftData, kind: EntityKind, before: AnyRecord | undefined, after?: AnyRecord) {
  const id = (after ?? before)?.id ?? '';
  const at = draft.at[kind].get(id) ?? draft.data[kind].length;
  return {
    label: { key: 'raw' },
    changes: [
      {
        kind,
        id,
        at,
        ...(before ? { before } : {}),
        ...(after ? { after } : {}),
      },
    ],
  } satisfies Edit;
}

function stepEdit(draft: DraftData, s: Step): ops.OpResult {
  const { positions, topics, people, units } = draft.data;
  const p = positions[s.pick % Math.max(1, positions.length)];
  const q = positions[s.a % Math.max(1, positions.length)]?.id ?? '';
  const t = topics[s.b % Math.max(1, topics.length)]?.id ?? 'nothing';
  const u = units[s.pick % Math.max(1, units.length)];
  const ref = (n: number) => (n % 9 === 8 ? (p?.id ?? 'x') : (POOL[n % 8] as string));
  switch (s.kind % 14) {
    case 0:
      return ops.setRaci(draft, p?.id ?? '', t, [...ROLES, undefined][s.c % 5]);
    case 1:
      return ops.movePosition(draft, p?.id ?? '', q);
    case 2:
      return ops.addReport(draft, p?.id ?? '', `New ${s.c}`);
    case 3:
      return ops.deletePosition(draft, p?.id ?? '', s.c % 2 === 0 ? 'reassign' : 'subtree');
    case 4:
      return ops.addTopic(draft, { name: { en: `Topic ${s.c}`, fr: `Sujet ${s.c}` } });
    case 5:
      return ops.deleteTopic(draft, t);
    case 6:
      return ops.assignPerson(draft, p?.id ?? '', people[s.c % people.length]?.id ?? '');
    case 7:
      return ops.deleteUnit(draft, u?.id ?? '');
    case 8: {
      // Any manager, dotted lines, holders and letters, repeats included.
      if (!p) return { refused: 'not-found' };
      const after: Position = {
        ...p,
        reportsTo: ref(s.a),
        dottedLineTo: [ref(s.b), ref(s.c), ref(s.b)],
        holders: [people[s.a % people.length]?.id ?? 'ghost', 'ghost', 'ghost'],
        responsibilities: [
          { topicId: t, role: ROLES[s.a % 4] as RaciRole },
          { topicId: 'unknown-topic', role: 'R' },
          { topicId: t, role: ROLES[s.c % 4] as RaciRole },
        ],
        unitId: s.c % 3 ? (units[s.c % units.length]?.id ?? 'x') : 'no-unit',
      };
      if (s.c % 4 === 0) delete after.reportsTo;
      return raw(draft, 'positions', p, after);
    }
    case 9: {
      // A position added at the end with an id others may already name.
      const id = POOL[5 + (s.a % 3)] as string;
      if (draft.at.positions.has(id)) return { refused: 'exists' };
      return raw(draft, 'positions', undefined, { id, title: id, reportsTo: ref(s.b) });
    }
    case 10: {
      // A unit's parent: any unit, itself, an unknown one.
      if (!u) return { refused: 'not-found' };
      const parent = s.a % 4 === 0 ? u.id : (units[s.a % units.length]?.id ?? 'x');
      const after: Unit = { ...u, parentId: s.b % 5 === 0 ? 'late-unit' : parent };
      return raw(draft, 'units', u, after);
    }
    case 11: {
      if (draft.at.units.has('late-unit')) return { refused: 'exists' };
      return raw(draft, 'units', undefined, {
        id: 'late-unit',
        name: 'Late',
        type: 'team',
        ...(s.a % 2 ? { parentId: units[0]?.id ?? 'x' } : {}),
      });
    }
    case 12:
      return p ? raw(draft, 'positions', p) : { refused: 'not-found' };
    default:
      return ops.setField(
        draft,
        'people',
        people[s.a % people.length]?.id ?? '',
        'name',
        `N${s.c}`,
      );
  }
}

/** Patches `index` across `edit`; undefined when the patch declines (then rebuilt). */
function step(index: OrgIndex, draft: DraftData, edit: Edit) {
  const next = applyEdit(draft, edit).draft;
  const patched = patchOrgIndex(index, next.data, next.at, changedIds(edit));
  const full = buildOrgIndex(next.data);
  if (patched) expect(plain(patched)).toEqual(plain(full));
  return { draft: next, index: patched ?? full, patched: patched !== undefined };
}

describe('patchOrgIndex', () => {
  it('equals a rebuild after any sequence of edits and undos', () => {
    const steps = fc.record({
      kind: fc.nat(13),
      pick: fc.nat(40),
      a: fc.nat(40),
      b: fc.nat(40),
      c: fc.nat(40),
    });
    let patchedCount = 0;
    fc.assert(
      fc.property(fc.array(steps, { minLength: 1, maxLength: 15 }), fc.nat(15), (list, undos) => {
        let draft = draftOf(SAMPLE);
        let index = buildOrgIndex(SAMPLE);
        const done: Edit[] = [];
        for (const s of list) {
          const edit = stepEdit(draft, s);
          if (ops.isRefusal(edit)) continue;
          const r = step(index, draft, edit);
          // Replacing records and adding them at the end are always patched.
          const appendsOrReplaces = edit.changes.every(
            (c) => c.before !== undefined || c.at === draft.data[c.kind].length,
          );
          if (appendsOrReplaces && edit.changes.every((c) => c.after)) expect(r.patched).toBe(true);
          if (r.patched) patchedCount++;
          ({ draft, index } = r);
          done.push(edit);
        }
        for (let i = 0; i < undos && done.length > 0; i++) {
          ({ draft, index } = step(index, draft, invertEdit(done.pop() as Edit)));
        }
      }),
      { numRuns: 300 },
    );
    expect(patchedCount).toBeGreaterThan(300);
  });

  it('shares what an edit does not touch', () => {
    const draft = draftOf(SAMPLE);
    const index = buildOrgIndex(SAMPLE);
    const edit = ops.setField(draft, 'people', SAMPLE.people[0]!.id, 'name', 'Renamed');
    if (ops.isRefusal(edit)) throw new Error(edit.refused);
    const next = applyEdit(draft, edit).draft;
    const patched = patchOrgIndex(index, next.data, next.at, changedIds(edit))!;
    expect(patched.personById.get(SAMPLE.people[0]!.id)?.name).toBe('Renamed');
    expect(patched.positionById).toBe(index.positionById);
    expect(patched.reportsOf).toBe(index.reportsOf);
    expect(patched.raciByTopic).toBe(index.raciByTopic);
    expect(patched.rootPositionIds).toBe(index.rootPositionIds);
    // A letter copies the RACI lists only, not the tree's or the holders'.
    const letter = ops.setRaci(next, 'ceo', SAMPLE.topics[0]!.id, 'C');
    if (ops.isRefusal(letter)) throw new Error(letter.refused);
    const after = applyEdit(next, letter).draft;
    const lettered = patchOrgIndex(patched, after.data, after.at, changedIds(letter))!;
    expect(lettered.raciByTopic).not.toBe(index.raciByTopic);
    expect(lettered.reportsOf).toBe(index.reportsOf);
    expect(lettered.positionsOfPerson).toBe(index.positionsOfPerson);
    expect(lettered.positionsOfUnit).toBe(index.positionsOfUnit);
    expect(lettered.unitById).toBe(index.unitById);
    expect(lettered.childUnitsOf).toBe(index.childUnitsOf);
  });

  it('declines on duplicate ids (which record wins can change)', () => {
    const data: OrgData = { ...SAMPLE, positions: [...SAMPLE.positions, SAMPLE.positions[0]!] };
    const draft = draftOf(data);
    const index = buildOrgIndex(data);
    const edit = ops.setField(draft, 'positions', SAMPLE.positions[1]!.id, 'title', 'X');
    if (ops.isRefusal(edit)) throw new Error(edit.refused);
    const next = applyEdit(draft, edit).draft;
    expect(patchOrgIndex(index, next.data, next.at, changedIds(edit))).toBeUndefined();
    for (const kind of ENTITY_KINDS) expect(next.at[kind]).toBeDefined();
  });

  it('declines a record added amid the others (an undone delete)', () => {
    let draft = draftOf(SAMPLE);
    const index = buildOrgIndex(SAMPLE);
    const removed = ops.deleteTopic(draft, SAMPLE.topics[0]!.id);
    if (ops.isRefusal(removed)) throw new Error(removed.refused);
    const r = step(index, draft, removed);
    expect(r.patched).toBe(true);
    draft = r.draft;
    const back = applyEdit(draft, invertEdit(removed)).draft;
    expect(
      patchOrgIndex(r.index, back.data, back.at, changedIds(invertEdit(removed))),
    ).toBeUndefined();
  });
});

describe('OverlayMap', () => {
  const base = new Map(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]));
  const asPlain = (m: ReadonlyMap<string, number>) => {
    const each: [string, number][] = [];
    m.forEach((v, k) => each.push([k, v]));
    return { entries: [...m], keys: [...m.keys()], values: [...m.values()], each, size: m.size };
  };

  it('reads like the map with the replacements, in the same order, layer after layer', () => {
    const once = OverlayMap.patch(base, new Map([['k5', -5]]));
    const twice = OverlayMap.patch(
      once,
      new Map([
        ['k7', -7],
        ['k5', 55],
      ]),
    );
    const expected = new Map(base).set('k5', 55).set('k7', -7);
    expect(twice).toBeInstanceOf(OverlayMap);
    expect(asPlain(twice)).toEqual(asPlain(expected));
    expect(twice.get('k5')).toBe(55);
    expect(twice.get('nope')).toBeUndefined();
    expect(twice.has('k99') && !twice.has('nope')).toBe(true);
    // The first layer is not changed by the second.
    expect(once.get('k5')).toBe(-5);
    expect(once.get('k7')).toBe(7);
    expect(base.get('k5')).toBe(5);
  });

  it('becomes a plain Map once the replacements are many', () => {
    const big = new Map(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]));
    let map: ReadonlyMap<string, number> = big;
    for (let i = 0; i < 65; i++) map = OverlayMap.patch(map, new Map([[`k${i}`, -i]]));
    expect(map).toBeInstanceOf(Map);
    expect(map.get('k64')).toBe(-64);
    expect([...map.keys()]).toEqual([...big.keys()]);
  });
});
