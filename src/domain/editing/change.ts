/**
 * An edit of the org data as record-level changes. Every editing operation (`operations.ts`)
 * returns an `Edit`; its inverse swaps `before` and `after`, so undo and redo are the same
 * `applyEdit` and the undo history is a list of edits (small, JSON, stored with the draft).
 */
import type { EntityKind } from '../diff';
import type { Person, Position, Topic, Unit } from '../types';

export type AnyRecord = Unit | Position | Person | Topic;

export interface RecordChange {
  kind: EntityKind;
  id: string;
  /** The record before the edit; absent when the edit adds it. */
  before?: AnyRecord;
  /** The record after the edit; absent when the edit removes it. */
  after?: AnyRecord;
  /** Where the record sits in its list (before removal, after insertion). */
  at: number;
}

/** What the history shows: an i18n key of the `editor` namespace (`op.*`) and its values. */
export interface EditLabel {
  key: string;
  values?: Record<string, string | number>;
}

export interface Edit {
  label: EditLabel;
  changes: RecordChange[];
}

/** The edit that undoes `edit`: changes in reverse order, before and after swapped. */
export function invertEdit(edit: Edit): Edit {
  const changes: RecordChange[] = [];
  for (let i = edit.changes.length - 1; i >= 0; i--) {
    const c = edit.changes[i] as RecordChange;
    changes.push({
      kind: c.kind,
      id: c.id,
      at: c.at,
      ...(c.after !== undefined ? { before: c.after } : {}),
      ...(c.before !== undefined ? { after: c.before } : {}),
    });
  }
  return { label: edit.label, changes };
}

/** Positions, topics … an edit touches, by kind (what live checks re-check). */
export function touchedIds(edit: Edit, kind: EntityKind): Set<string> {
  const ids = new Set<string>();
  for (const c of edit.changes) if (c.kind === kind) ids.add(c.id);
  return ids;
}
