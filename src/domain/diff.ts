/**
 * What an import would change: added, changed and removed records of each kind, with
 * field-level before/after for changed ones. Records are matched by id through maps, and
 * compared by a key-order-independent JSON form, so the diff is linear and fast at 100k.
 */
import type { LocalizedText, OrgData } from './types';
import { FORMAT_VERSION } from './schema';

export const ENTITY_KINDS = ['units', 'positions', 'people', 'topics'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface RecordRef {
  id: string;
  /** Name or title, for display. */
  label: LocalizedText;
}

export interface ChangedRecord extends RecordRef {
  fields: FieldChange[];
}

export interface KindDiff {
  added: RecordRef[];
  changed: ChangedRecord[];
  removed: RecordRef[];
}

export interface OrgDiff {
  /** Changes to the `organisation` block and other top-level fields. */
  organisation: FieldChange[];
  units: KindDiff;
  positions: KindDiff;
  people: KindDiff;
  topics: KindDiff;
}

export interface KindCounts {
  added: number;
  changed: number;
  removed: number;
}

/** Small enough to keep with every stored version. */
export type DiffSummary = Record<EntityKind, KindCounts> & { organisation: number };

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` compare equal. `undefined` fields vanish like in JSON. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/**
 * Equality of JSON-like values (strings, numbers, booleans, null, arrays, plain objects) without
 * building strings: a field set to `undefined` equals a missing one, as in JSON. Undefined for
 * anything else (dates, NaN, …), which the JSON forms then decide.
 */
function jsonEqual(a: unknown, b: unknown): boolean | undefined {
  if (a === b) return typeof a !== 'number' || Number.isFinite(a) ? true : undefined;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return Array.isArray(b) ? false : undefined;
    for (let i = 0; i < a.length; i++) {
      const same = jsonEqual(a[i] ?? null, b[i] ?? null); // JSON writes undefined items as null
      if (same !== true) return same;
    }
    return true;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    let count = 0;
    for (const key in a) {
      const value = a[key];
      if (value === undefined) continue;
      count++;
      const same = jsonEqual(value, b[key]);
      if (same !== true) return same;
    }
    for (const key in b) if (b[key] !== undefined) count--;
    return count === 0;
  }
  if (typeof a === 'number' && typeof b === 'number' && Number.isFinite(a) && Number.isFinite(b))
    return false;
  const simple = (v: unknown) =>
    typeof v === 'string' || typeof v === 'boolean' || v === null || v === undefined;
  return simple(a) && simple(b) ? false : undefined;
}

/** True when the two values have the same JSON form, whatever the key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  // Validated data is plain JSON: compare it in place (the JSON forms cost 10× more at 100k).
  const same = jsonEqual(a, b);
  if (same !== undefined) return same;
  if (JSON.stringify(a) === JSON.stringify(b)) return true;
  return stableStringify(a) === stableStringify(b);
}

/** Field-level differences between two records (top-level fields; nested values compared whole). */
export function diffFields(before: object, after: object): FieldChange[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const fields = new Set([...Object.keys(b), ...Object.keys(a)]);
  const changes: FieldChange[] = [];
  for (const field of [...fields].sort()) {
    if (b[field] === undefined && a[field] === undefined) continue;
    if (!sameValue(b[field], a[field])) {
      changes.push({ field, before: b[field], after: a[field] });
    }
  }
  return changes;
}

type Labelled = { id: string; name?: unknown; title?: unknown };

function labelOf(record: Labelled): LocalizedText {
  const label = record.name ?? record.title;
  if (typeof label === 'string') return label;
  if (label !== null && typeof label === 'object') return label as LocalizedText;
  return record.id;
}

function diffKind(before: readonly Labelled[], after: readonly Labelled[]): KindDiff {
  const old = new Map<string, Labelled>();
  for (const record of before) if (!old.has(record.id)) old.set(record.id, record);
  const seen = new Set<string>();
  const diff: KindDiff = { added: [], changed: [], removed: [] };
  for (const record of after) {
    if (seen.has(record.id)) continue;
    seen.add(record.id);
    const previous = old.get(record.id);
    if (previous === undefined) {
      diff.added.push({ id: record.id, label: labelOf(record) });
    } else if (!sameValue(previous, record)) {
      const fields = diffFields(previous, record);
      if (fields.length > 0) diff.changed.push({ id: record.id, label: labelOf(record), fields });
    }
  }
  for (const [id, record] of old) {
    if (!seen.has(id)) diff.removed.push({ id, label: labelOf(record) });
  }
  return diff;
}

const emptyOrg: OrgData = {
  formatVersion: FORMAT_VERSION,
  organisation: { name: '' },
  units: [],
  positions: [],
  people: [],
  topics: [],
};

/** What changes when `after` replaces `before` (no current data = everything is added). */
export function diffOrg(before: OrgData | undefined, after: OrgData): OrgDiff {
  const from = before ?? emptyOrg;
  const {
    units: _u,
    positions: _p,
    people: _pe,
    topics: _t,
    organisation: o1,
    ...restBefore
  } = from;
  const {
    units: _u2,
    positions: _p2,
    people: _pe2,
    topics: _t2,
    organisation: o2,
    ...restAfter
  } = after;
  // The organisation block field by field (`organisation.name`), other top-level fields as they are.
  const organisation =
    before === undefined
      ? []
      : [
          // `$schema` only tells editors where the schema is: not a change to the data.
          ...diffFields(restBefore, restAfter).filter((f) => f.field !== '$schema'),
          ...diffFields(o1, o2).map((f) => ({ ...f, field: `organisation.${f.field}` })),
        ];
  return {
    organisation,
    units: diffKind(from.units, after.units),
    positions: diffKind(from.positions, after.positions),
    people: diffKind(from.people, after.people),
    topics: diffKind(from.topics, after.topics),
  };
}

export function summarizeDiff(diff: OrgDiff): DiffSummary {
  const counts = (k: KindDiff): KindCounts => ({
    added: k.added.length,
    changed: k.changed.length,
    removed: k.removed.length,
  });
  return {
    organisation: diff.organisation.length,
    units: counts(diff.units),
    positions: counts(diff.positions),
    people: counts(diff.people),
    topics: counts(diff.topics),
  };
}

/** Total number of changed records and organisation fields. */
export function changeCount(summary: DiffSummary): number {
  let total = summary.organisation;
  for (const kind of ENTITY_KINDS) {
    const c = summary[kind];
    total += c.added + c.changed + c.removed;
  }
  return total;
}

export const isEmptyDiff = (diff: OrgDiff): boolean => changeCount(summarizeDiff(diff)) === 0;
