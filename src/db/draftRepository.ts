/**
 * The editor's draft in IndexedDB: one draft at a time, saved as it is edited. An edit writes
 * one small row (`draftEdits`) and the draft's cursor, in one transaction, never the org data:
 * the draft is its base version plus its edits, so a 100k-people draft saves as fast as a small
 * one and survives reloads, crashes and app updates. Other tabs follow it with `liveQuery`.
 */
import type { Edit } from '../domain/editing/change';
import { expectCurrentVersion } from './currentVersion';
import { db, type DraftRecord } from './database';

export type { DraftRecord };

export interface StoredDraft {
  draft: DraftRecord;
  /** Every stored edit in order; the first `draft.cursor` are applied, the rest can be redone. */
  edits: Edit[];
}

/** The draft and its edits, or undefined when there is none. */
export async function getDraft(): Promise<StoredDraft | undefined> {
  return db.transaction('r', db.drafts, db.draftEdits, async () => {
    const draft = await db.drafts.get('draft');
    if (!draft) return undefined;
    const rows = await db.draftEdits.where('seq').below(draft.count).sortBy('seq');
    return { draft, edits: rows.map((r) => r.edit) };
  });
}

/** Just the draft's header (cheap: what other tabs watch). */
export async function getDraftHeader(): Promise<DraftRecord | undefined> {
  return db.drafts.get('draft');
}

const now = () => new Date().toISOString();

/**
 * Starts a draft on `baseVersionId`; refused if one exists (one draft at a time), and refused
 * (`StaleVersionError`) unless `baseVersionId` is still the current version: a tab that showed
 * an older version while another tab published must not start a draft on the version that
 * publish replaced.
 */
export async function createDraft(
  baseVersionId: number,
  writer: string,
  note = '',
): Promise<DraftRecord> {
  return db.transaction('rw', db.drafts, db.draftEdits, db.meta, async () => {
    if (await db.drafts.get('draft')) throw new Error('draft-exists');
    await expectCurrentVersion(baseVersionId);
    await db.draftEdits.clear();
    const at = now();
    const draft: DraftRecord = {
      key: 'draft',
      baseVersionId,
      note,
      cursor: 0,
      count: 0,
      createdAt: at,
      updatedAt: at,
      writer,
      rev: 1,
    };
    await db.drafts.put(draft);
    return draft;
  });
}

async function update(
  writer: string,
  change: (draft: DraftRecord) => Partial<DraftRecord> | Promise<Partial<DraftRecord>>,
): Promise<DraftRecord> {
  return db.transaction('rw', db.drafts, db.draftEdits, async () => {
    const draft = await db.drafts.get('draft');
    if (!draft) throw new Error('no-draft');
    const next: DraftRecord = {
      ...draft,
      ...(await change(draft)),
      updatedAt: now(),
      writer,
      rev: draft.rev + 1,
    };
    await db.drafts.put(next);
    return next;
  });
}

/** Adds an edit at the cursor; the edits that could be redone are dropped (a new branch). */
export function pushEdit(writer: string, edit: Edit): Promise<DraftRecord> {
  return update(writer, async (draft) => {
    await db.draftEdits.where('seq').aboveOrEqual(draft.cursor).delete();
    await db.draftEdits.put({ seq: draft.cursor, edit });
    return { cursor: draft.cursor + 1, count: draft.cursor + 1 };
  });
}

/** Moves the cursor (undo: one back, redo: one forward), within the stored edits. */
export function moveCursor(writer: string, cursor: number): Promise<DraftRecord> {
  return update(writer, (draft) => {
    if (cursor < 0 || cursor > draft.count) throw new Error('cursor-out-of-range');
    return { cursor };
  });
}

export function saveNote(writer: string, note: string): Promise<DraftRecord> {
  return update(writer, () => ({ note }));
}

/** Moves the draft onto a newer version (its edits were replayed there). */
export function rebaseDraft(writer: string, baseVersionId: number): Promise<DraftRecord> {
  return update(writer, () => ({ baseVersionId }));
}

/** Throws the draft away (after the user confirmed). */
export async function deleteDraft(): Promise<void> {
  await db.transaction('rw', db.drafts, db.draftEdits, async () => {
    await db.drafts.delete('draft');
    await db.draftEdits.clear();
  });
}

/** Replaces the last applied edit (keystrokes in one field merged into one step). */
export function replaceLastEdit(writer: string, edit: Edit): Promise<DraftRecord> {
  return update(writer, async (draft) => {
    if (draft.cursor === 0) throw new Error('no-edit');
    await db.draftEdits.put({ seq: draft.cursor - 1, edit });
    return {};
  });
}
