/**
 * Live checks of a draft: the import's validation (`../validation/`), run again after each edit
 * only where the edit can change its outcome. Problems are kept by scope:
 *   - `rec:<kind>:<id>`: the record's schema, text and links, unknown fields, its references and
 *     the per-position rules (the same `checkRecord`, `checkReferences`, `checkPositions`);
 *   - `raci:<topic>`: the RACI rule of a topic (`checkRaci` on the positions lettered on it);
 *   - `holder:<person>`: a person who holds no position (`checkPeople`);
 *   - `roots` and `cycles:<kind>`: the chart's tops, reporting and unit loops.
 * An edit re-checks the records it changed, the topics and people those records name before or
 * after, the roots, and the loops through the positions it moved: a handful of records whatever
 * the size of the organisation. `buildLiveChecks` checks everything once, in steps.
 */
import { ENTITY_KINDS, type EntityKind } from '../diff';
import type { Problem } from '../problems';
import { runToEnd } from '../steps';
import type { Position } from '../types';
import { ProblemCollector } from '../validation/collector';
import { checkCycles, findCycles } from '../validation/cycles';
import type { LooseKind, LooseOrg, LooseRecord } from '../validation/records';
import { checkReferences } from '../validation/references';
import { checkPeople, checkPositions, checkRaci, checkRoots } from '../validation/rules';
import { checkRecord } from '../validation/schemaCheck';
import type { Edit } from './change';
import type { DraftData } from './draft';

/** A problem with the record it is about (when it is about one), for "next to the field". */
export interface LiveProblem extends Problem {
  kind?: EntityKind;
  id?: string;
  /** The path inside the record: `.reportsTo`, `.service.responseTime`, '' for the record. */
  field?: string;
}

interface Stored {
  problem: Problem;
  kind?: EntityKind;
  id?: string;
  rest: string;
}

const PATH = /^(units|positions|people|topics)\[(\d+)\](.*)$/;

/** Records checked between two pauses of `buildLiveChecks`. */
const STEP = 1_000;

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/**
 * The organisations of a file (format 2) are not edited here: their id map is built once per
 * list, so a record's `orgId` is checked against it like any other reference.
 */
const organisationIds = new WeakMap<readonly unknown[], Map<string, number>>();
const NO_ORGANISATIONS: readonly unknown[] = [];

function organisationsOf(draft: DraftData): Map<string, number> {
  const list = draft.data.organisations ?? NO_ORGANISATIONS;
  let map = organisationIds.get(list);
  if (!map) {
    map = new Map();
    for (let i = 0; i < list.length; i++) {
      const id = (list[i] as { id: string }).id;
      if (!map.has(id)) map.set(id, i);
    }
    organisationIds.set(list, map);
  }
  return map;
}

function loose(draft: DraftData, subsets: Partial<Record<EntityKind, LooseRecord[]>>): LooseOrg {
  const org = {
    allowRemotePhotos: draft.data.organisation.allowRemotePhotos === true,
    organisations: { records: [], byId: organisationsOf(draft) },
  } as unknown as LooseOrg;
  for (const kind of ENTITY_KINDS) {
    org[kind] = {
      records: subsets[kind] ?? [],
      byId: draft.at[kind] as Map<string, number>,
    };
  }
  return org;
}

function looseRecord(draft: DraftData, kind: EntityKind, id: string): LooseRecord | undefined {
  const index = draft.at[kind].get(id);
  if (index === undefined) return undefined;
  const raw = draft.data[kind][index] as unknown as Record<string, unknown>;
  return { index, id, raw };
}

interface ProblemCache {
  revision: number;
  data: DraftData['data'];
  list: LiveProblem[];
  byRecord: Map<string, LiveProblem[]>;
}

const byIndex = (a: LooseRecord, b: LooseRecord) => a.index - b.index;

export class LiveChecks {
  private readonly scopes = new Map<string, Stored[]>();
  private readonly rolesByTopic = new Map<string, Set<string>>();
  private readonly holdingOf = new Map<string, Set<string>>();
  private readonly roots = new Set<string>();
  private readonly inCycles: Record<'positions' | 'units', Set<string>> = {
    positions: new Set(),
    units: new Set(),
  };
  private counts = { error: 0, warning: 0 };
  /** Goes up with every change of the problems (a cheap "changed?" for the UI). */
  revision = 0;
  /** Paths depend on the records' places too: the cache is for one revision and one draft. */
  private cache: ProblemCache | undefined;

  get errorCount(): number {
    return this.counts.error;
  }
  get warningCount(): number {
    return this.counts.warning;
  }

  private setScope(key: string, draft: DraftData, problems: Problem[]): void {
    const old = this.scopes.get(key);
    for (const p of old ?? []) this.counts[p.problem.severity]--;
    if (problems.length === 0) {
      if (old) {
        this.scopes.delete(key);
        this.revision++;
      }
      return;
    }
    const stored = problems.map((problem): Stored => {
      const m = PATH.exec(problem.path);
      if (!m) return { problem, rest: '' };
      const kind = m[1] as EntityKind;
      const record = draft.data[kind][Number(m[2])];
      return record ? { problem, kind, id: record.id, rest: m[3] ?? '' } : { problem, rest: '' };
    });
    for (const p of stored) this.counts[p.problem.severity]++;
    this.scopes.set(key, stored);
    this.revision++;
  }

  private run(draft: DraftData, key: string, check: (out: ProblemCollector) => void): void {
    const out = new ProblemCollector(Number.POSITIVE_INFINITY);
    check(out);
    this.setScope(key, draft, out.problems());
  }

  checkRecordScope(draft: DraftData, kind: EntityKind, id: string): void {
    const r = looseRecord(draft, kind, id);
    const key = `rec:${kind}:${id}`;
    if (!r) return this.setScope(key, draft, []);
    this.run(draft, key, (out) => {
      checkRecord(kind, r.raw, `${kind}[${r.index}]`, out);
      const org = loose(draft, { [kind]: [r] });
      checkReferences(org, out);
      if (kind === 'positions') checkPositions(org, out);
    });
  }

  private checkTopic(draft: DraftData, topicId: string): void {
    const topic = looseRecord(draft, 'topics', topicId);
    const key = `raci:${topicId}`;
    if (!topic) return this.setScope(key, draft, []);
    const positions: LooseRecord[] = [];
    for (const id of this.rolesByTopic.get(topicId) ?? []) {
      const r = looseRecord(draft, 'positions', id);
      if (r) positions.push(r);
    }
    positions.sort(byIndex);
    this.run(draft, key, (out) => checkRaci(loose(draft, { positions, topics: [topic] }), out));
  }

  private checkHolder(draft: DraftData, personId: string): void {
    const person = looseRecord(draft, 'people', personId);
    const key = `holder:${personId}`;
    if (!person) return this.setScope(key, draft, []);
    const positions: LooseRecord[] = [];
    for (const id of this.holdingOf.get(personId) ?? []) {
      const r = looseRecord(draft, 'positions', id);
      if (r) positions.push(r);
    }
    this.run(draft, key, (out) => checkPeople(loose(draft, { positions, people: [person] }), out));
  }

  /** Validation's own `checkRoots` over the tops only, so the rule (domain/roots.ts) has one home. */
  private checkRoots(draft: DraftData): void {
    const positions: LooseRecord[] = [];
    for (const id of this.roots) {
      const r = looseRecord(draft, 'positions', id);
      if (r) positions.push(r);
    }
    positions.sort(byIndex);
    this.run(draft, 'roots', (out) => checkRoots(loose(draft, { positions }), out));
  }

  /** Loops through `from`: each is walked up its parent chain (a loop is met on the way). */
  private checkLoops(draft: DraftData, kind: 'positions' | 'units', from: Iterable<string>): void {
    const field = kind === 'positions' ? 'reportsTo' : 'parentId';
    const walked = new Map<number, LooseRecord>();
    for (const start of from) {
      let r = looseRecord(draft, kind, start);
      while (r && !walked.has(r.index)) {
        walked.set(r.index, r);
        const parent = r.raw[field];
        r = typeof parent === 'string' ? looseRecord(draft, kind, parent) : undefined;
      }
    }
    const records = [...walked.values()].sort(byIndex);
    const subset: LooseKind = { records, byId: draft.at[kind] as Map<string, number> };
    const empty: LooseKind = { records: [], byId: new Map() };
    const members = new Set<string>();
    for (const cycle of findCycles(subset, field))
      for (const index of cycle) members.add(draft.data[kind][index]?.id ?? '');
    this.inCycles[kind] = members;
    this.run(draft, `cycles:${kind}`, (out) =>
      kind === 'positions' ? checkCycles(subset, empty, out) : checkCycles(empty, subset, out),
    );
  }

  private index(position: Position | undefined, id: string, add: boolean): void {
    if (!position) return;
    const edit = (map: Map<string, Set<string>>, key: string) => {
      if (add) addTo(map, key, id);
      else map.get(key)?.delete(id);
    };
    for (const r of position.responsibilities ?? []) edit(this.rolesByTopic, r.topicId);
    for (const h of position.holders ?? []) edit(this.holdingOf, h);
    if (add && position.reportsTo === undefined) this.roots.add(id);
    else if (!add) this.roots.delete(id);
  }

  /** Re-checks what `edit` (already applied: `draft` is the data after it) can have changed. */
  update(draft: DraftData, edit: Edit): void {
    const records = new Set<string>();
    const topics = new Set<string>();
    const people = new Set<string>();
    const moved = new Set<string>();
    let unitsMoved = false;
    let addedOrRemoved = false;
    for (const c of edit.changes) {
      records.add(`${c.kind}\u0000${c.id}`);
      if ((c.before === undefined) !== (c.after === undefined)) addedOrRemoved = true;
      if (c.kind === 'positions') {
        const before = c.before as Position | undefined;
        const after = c.after as Position | undefined;
        for (const p of [before, after])
          for (const r of p?.responsibilities ?? []) topics.add(r.topicId);
        for (const p of [before, after]) for (const h of p?.holders ?? []) people.add(h);
        this.index(before, c.id, false);
        this.index(after, c.id, true);
        // The tops are counted per organisation: a top moved to another `orgId` moved too.
        if (
          before?.reportsTo !== after?.reportsTo ||
          before?.orgId !== after?.orgId ||
          !before ||
          !after
        )
          moved.add(c.id);
      } else if (c.kind === 'topics') topics.add(c.id);
      else if (c.kind === 'people') people.add(c.id);
      else unitsMoved = true;
    }
    for (const key of records) {
      const [kind, id] = key.split('\u0000') as [EntityKind, string];
      this.checkRecordScope(draft, kind, id);
    }
    for (const t of topics) this.checkTopic(draft, t);
    for (const p of people) this.checkHolder(draft, p);
    if (moved.size > 0) {
      this.checkRoots(draft);
      this.checkLoops(draft, 'positions', [...this.inCycles.positions, ...moved]);
    }
    if (unitsMoved) {
      const units = edit.changes.filter((c) => c.kind === 'units').map((c) => c.id);
      this.checkLoops(draft, 'units', [...this.inCycles.units, ...units]);
    }
    // A record added (or removed) may answer (or break) another record's reference.
    if (addedOrRemoved) {
      for (const [key, list] of [...this.scopes]) {
        if (!key.startsWith('rec:') || !list.some((p) => p.problem.code === 'unknown-reference'))
          continue;
        const [, kind, ...rest] = key.split(':');
        this.checkRecordScope(draft, kind as EntityKind, rest.join(':'));
      }
    }
  }

  /** Every problem, errors first, with paths at the records' current places. */
  problems(draft: DraftData): LiveProblem[] {
    return this.current(draft).list;
  }

  /** The problems about one record (its fields, its RACI rule, its loops). */
  problemsOf(draft: DraftData, kind: EntityKind, id: string): LiveProblem[] {
    return this.current(draft).byRecord.get(`${kind}:${id}`) ?? [];
  }

  private current(draft: DraftData): ProblemCache {
    if (this.cache?.revision === this.revision && this.cache.data === draft.data) return this.cache;
    const errors: LiveProblem[] = [];
    const warnings: LiveProblem[] = [];
    const byRecord = new Map<string, LiveProblem[]>();
    for (const list of this.scopes.values()) {
      for (const s of list) {
        const index = s.kind && s.id !== undefined ? draft.at[s.kind].get(s.id) : undefined;
        const path = index === undefined ? s.problem.path : `${s.kind}[${index}]${s.rest}`;
        const p: LiveProblem = {
          ...s.problem,
          path,
          ...(s.kind ? { kind: s.kind, id: s.id as string, field: s.rest } : {}),
        };
        (p.severity === 'error' ? errors : warnings).push(p);
        if (s.kind) {
          const key = `${s.kind}:${s.id}`;
          const mine = byRecord.get(key);
          if (mine) mine.push(p);
          else byRecord.set(key, [p]);
        }
      }
    }
    this.cache = {
      revision: this.revision,
      data: draft.data,
      list: [...errors, ...warnings],
      byRecord,
    };
    return this.cache;
  }

  /** Checks everything (first opening of a draft), pausing every `STEP` records. */
  *buildSteps(draft: DraftData): Generator<void, this> {
    let n = 0;
    for (const p of draft.data.positions) this.index(p, p.id, true);
    for (const kind of ENTITY_KINDS) {
      for (const record of draft.data[kind]) {
        this.checkRecordScope(draft, kind, record.id);
        if (++n % STEP === 0) yield;
      }
    }
    for (const t of draft.data.topics) {
      this.checkTopic(draft, t.id);
      if (++n % STEP === 0) yield;
    }
    for (const p of draft.data.people) {
      this.checkHolder(draft, p.id);
      if (++n % STEP === 0) yield;
    }
    this.checkRoots(draft);
    this.checkLoops(draft, 'positions', draft.at.positions.keys());
    this.checkLoops(draft, 'units', draft.at.units.keys());
    return this;
  }
}

export function buildLiveChecks(draft: DraftData): LiveChecks {
  return runToEnd(new LiveChecks().buildSteps(draft));
}
