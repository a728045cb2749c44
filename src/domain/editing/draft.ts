/**
 * The data being edited with an id → list index map per kind, so an edit of one record among
 * 100k replaces it without a scan. `applyEdit` is pure: it returns a new `DraftData` and never
 * changes the one it is given (maps are shared until a record is added or removed).
 */
import { ENTITY_KINDS, type EntityKind } from '../diff';
import type { OrgData } from '../types';
import type { AnyRecord, Edit, RecordChange } from './change';
import { sameValue } from '../diff';

export type IdIndex = Record<EntityKind, ReadonlyMap<string, number>>;

export interface DraftData {
  readonly data: OrgData;
  /** Record id → its index in `data[kind]` (first record wins on duplicates, as validation). */
  readonly at: IdIndex;
}

function indexList(list: readonly { id: string }[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const id = (list[i] as { id: string }).id;
    if (!map.has(id)) map.set(id, i);
  }
  return map;
}

export function draftOf(data: OrgData): DraftData {
  const at = {} as Record<EntityKind, Map<string, number>>;
  for (const kind of ENTITY_KINDS) at[kind] = indexList(data[kind]);
  return { data, at };
}

export const recordOf = (draft: DraftData, kind: EntityKind, id: string): AnyRecord | undefined => {
  const i = draft.at[kind].get(id);
  return i === undefined ? undefined : draft.data[kind][i];
};

/** A change that no longer fits the data (replaying a draft onto a newer version). */
export interface Conflict {
  change: RecordChange;
  reason: 'missing' | 'exists' | 'changed';
}

export interface ApplyResult {
  draft: DraftData;
  conflicts: Conflict[];
}

/**
 * Applies the changes of an edit in order. With `check`, a change whose `before` differs from
 * the record found is reported as a conflict and applied anyway (the edit's intent wins).
 */
export function applyEdit(draft: DraftData, edit: Edit, check = false): ApplyResult {
  const lists: Partial<Record<EntityKind, AnyRecord[]>> = {};
  const at: Record<EntityKind, ReadonlyMap<string, number>> = { ...draft.at };
  const conflicts: Conflict[] = [];
  const listOf = (kind: EntityKind): AnyRecord[] =>
    (lists[kind] ??= (draft.data[kind] as AnyRecord[]).slice());
  const mapOf = (kind: EntityKind): Map<string, number> => {
    if (at[kind] === draft.at[kind]) at[kind] = new Map(draft.at[kind]);
    return at[kind] as Map<string, number>;
  };
  for (const change of edit.changes) {
    const { kind, id } = change;
    const list = listOf(kind);
    const index = at[kind].get(id);
    if (check) {
      const found = index === undefined ? undefined : list[index];
      if (change.before === undefined && found !== undefined)
        conflicts.push({ change, reason: 'exists' });
      else if (change.before !== undefined && found === undefined)
        conflicts.push({ change, reason: 'missing' });
      else if (change.before !== undefined && !sameValue(change.before, found))
        conflicts.push({ change, reason: 'changed' });
    }
    if (change.after !== undefined && index !== undefined) {
      list[index] = change.after;
    } else if (change.after !== undefined) {
      const where = Math.min(Math.max(change.at, 0), list.length);
      list.splice(where, 0, change.after);
      if (where === list.length - 1) mapOf(kind).set(id, where);
      else at[kind] = indexList(list);
    } else if (index !== undefined) {
      list.splice(index, 1);
      if (index === list.length) mapOf(kind).delete(id);
      else at[kind] = indexList(list);
    }
  }
  const data = { ...draft.data, ...lists } as OrgData;
  return { draft: { data, at }, conflicts };
}
