/**
 * The editor: edit mode, the draft (base version + edits, see `src/db/draftRepository.ts`),
 * undo/redo, live checks, publish and discard. Edits are pure operations
 * (`src/domain/editing/`); this store applies them, keeps the live checks in step, and saves each
 * edit as it happens. Other tabs follow the draft through `startDraftSync`.
 */
import { liveQuery, type Subscription } from 'dexie';
import { create } from 'zustand';
import {
  createDraft,
  deleteDraft,
  getDraft,
  getDraftHeader,
  moveCursor,
  pushEdit,
  replaceLastEdit,
  saveNote,
  rebaseDraft,
  type DraftRecord,
} from '../db/draftRepository';
import { getCurrentMeta, getVersion } from '../db/orgRepository';
import { isStaleVersion } from '../db/currentVersion';
import { invertEdit, type Edit } from '../domain/editing/change';
import { applyEdit, draftOf, type DraftData } from '../domain/editing/draft';
import { LiveChecks } from '../domain/editing/liveChecks';
import { isRefusal, type OpResult } from '../domain/editing/operations';
import { DraftHasErrors, type Published } from '../editing/publishDraft';
import { publishDraft } from '../editing/publishClient';
import type { OrgData } from '../domain/types';
import { EDITING_ENABLED } from '../app/buildFlags';
import { useOrgStore } from './orgStore';
import { whileApplying } from './orgSync';
import { useEditModeStore } from './editModeStore';
import { orgIndexSteps } from '../domain/orgIndex';
import { patchOrgIndex } from '../domain/orgIndexPatch';
import type { EntityKind } from '../domain/diff';
import { runSliced } from '../domain/steps';

export interface EditorMessage {
  kind: 'success' | 'error' | 'info' | 'warning';
  key: string;
  values?: Record<string, string | number>;
}

export interface EditorState {
  /** Edit mode is on (the banner shows, views show the draft and their editing controls). */
  editing: boolean;
  /** The draft is being read (or its checks built) after edit mode was switched on. */
  opening: boolean;
  baseVersionId: number | undefined;
  base: OrgData | undefined;
  draft: DraftData | undefined;
  checks: LiveChecks | undefined;
  /** Changes with every edit, undo or redo (what components select to re-render). */
  checksRevision: number;
  /** Stored edits; the first `cursor` are applied. */
  edits: Edit[];
  cursor: number;
  note: string;
  /** The draft exists in IndexedDB (it has at least been edited once). */
  saved: boolean;
  busy: 'publishing' | 'discarding' | undefined;
  /** Draft writes queued and not yet in IndexedDB (a reload now would lose them). */
  saving: number;
  message: EditorMessage | undefined;

  setEditing: (on: boolean) => Promise<void>;
  /** Applies an operation's result; false when it was refused (nothing changes). */
  apply: (result: OpResult, options?: { coalesce?: string }) => boolean;
  undo: () => void;
  redo: () => void;
  setNote: (note: string) => void;
  discard: () => Promise<void>;
  publish: () => Promise<Published | undefined>;
  rebase: () => Promise<void>;
  /** Reads the draft from IndexedDB again (another tab changed it). */
  syncFromDb: () => Promise<void>;
  setMessage: (message: EditorMessage | undefined) => void;
}

/** This tab, so it can tell its own draft writes from another tab's. */
export const TAB_ID = Math.random().toString(36).slice(2);
/** Keystrokes in one field within this delay are one step of the history. */
const COALESCE_MS = 1500;

/** Writes run one after another, in the order the edits were made. */
let writes: Promise<unknown> = Promise.resolve();
let lastCoalesce: { key: string; at: number } | undefined;
/** The last draft revision this tab wrote or read (other tabs' writes are newer). */
let knownRev = 0;

/** Counts the writes queued and not yet stored: the banner says "saving" until they are. */
const saving = (step: 1 | -1) =>
  useEditorStore.setState((s) => ({ saving: Math.max(0, s.saving + step) }));

function queue(write: () => Promise<DraftRecord>): void {
  saving(1);
  writes = writes
    .then(write)
    .then((header) => {
      knownRev = header.rev;
      const s = useEditorStore.getState();
      // Another tab's edit landed between ours: take the stored draft as the truth.
      if (header.cursor !== s.cursor) void s.syncFromDb();
    })
    .catch((e: unknown) => {
      // The version this tab showed was replaced meanwhile (another tab published the draft):
      // no draft is started on it; the tab moves to the current version and says why.
      if (isStaleVersion(e)) void useEditorStore.getState().syncFromDb();
      else useEditorStore.getState().setMessage({ kind: 'error', key: 'editor.saveFailed' });
    })
    .finally(() => saving(-1));
}

/**
 * Resolves once every draft write queued so far, and any queued meanwhile, is stored: what a
 * caller (a test, a publish) waits on instead of guessing a number of ticks.
 */
export async function draftSaved(): Promise<void> {
  let last: Promise<unknown>;
  do {
    last = writes;
    await last;
  } while (last !== writes);
}

async function baseData(versionId: number): Promise<OrgData | undefined> {
  const org = useOrgStore.getState();
  if (org.meta?.versionId === versionId && org.data) return org.data;
  return (await getVersion(versionId))?.data;
}

/** Builds the checks in slices, so opening a 100k-people draft does not freeze the page. */
async function buildChecks(draft: DraftData): Promise<LiveChecks> {
  // Never undefined: without a `live` test the run always reaches its end.
  return (await runSliced(new LiveChecks().buildSteps(draft))) as LiveChecks;
}

/** Counts `open` calls and publishes: a replay overtaken by a later one is dropped. */
let opened = 0;

export const useEditorStore = create<EditorState>()((set, get) => {
  /**
   * Applies `edit` to the shown draft and its checks (no saving), and notes the records it
   * touched: after the paint, the views' index of the draft is patched there (`refreshIndex`).
   */
  const applyLocal = (edit: Edit): void => {
    const { draft, checks } = get();
    if (!draft || !checks) return;
    const next = applyEdit(draft, edit).draft;
    checks.update(next, edit);
    noteTouched(draft.data, next.data, edit);
    set({ draft: next, checksRevision: get().checksRevision + 1 });
  };

  /** Shows the stored draft (or the current version when there is none). */
  const open = async (): Promise<void> => {
    const mine = ++opened;
    set({ opening: true });
    const stored = await getDraft().catch(() => undefined);
    // Without a draft, the base is the version current in IndexedDB: the org store can still
    // show the one another tab's publish just replaced (it follows a moment later).
    const current = stored ? undefined : await getCurrentMeta().catch(() => undefined);
    const org = useOrgStore.getState();
    const baseVersionId = stored?.draft.baseVersionId ?? current?.versionId ?? org.meta?.versionId;
    let base = baseVersionId === undefined ? undefined : await baseData(baseVersionId);
    let conflicts = 0;
    let edits = stored?.edits ?? [];
    let cursor = stored?.draft.cursor ?? 0;
    let shownBase = baseVersionId;
    if (!base && org.data && org.meta) {
      // The base version is gone (pruned): the edits are replayed onto the current one.
      base = org.data;
      shownBase = org.meta.versionId;
    }
    if (!base) {
      set({ opening: false, message: { kind: 'error', key: 'editor.noData' } });
      return;
    }
    let draft = draftOf(base);
    for (const edit of edits.slice(0, cursor)) {
      const result = applyEdit(draft, edit, shownBase !== baseVersionId);
      conflicts += result.conflicts.length;
      draft = result.draft;
    }
    if (shownBase !== baseVersionId && stored && shownBase !== undefined) {
      edits = edits.slice(0, cursor);
      cursor = edits.length;
      await rebaseDraft(TAB_ID, shownBase).catch(() => undefined);
    }
    const checks = await buildChecks(draft);
    // A publish started meanwhile shows its own result: this replay is of what it replaced.
    if (mine !== opened) return;
    knownRev = stored?.draft.rev ?? 0;
    set({
      opening: false,
      baseVersionId: shownBase,
      base,
      draft,
      checks,
      checksRevision: get().checksRevision + 1,
      edits,
      cursor,
      note: stored?.draft.note ?? '',
      saved: stored !== undefined,
      ...(conflicts > 0
        ? { message: { kind: 'warning', key: 'editor.rebased', values: { count: conflicts } } }
        : {}),
    });
  };

  return {
    editing: false,
    opening: false,
    baseVersionId: undefined,
    base: undefined,
    draft: undefined,
    checks: undefined,
    checksRevision: 0,
    edits: [],
    cursor: 0,
    note: '',
    saved: false,
    busy: undefined,
    saving: 0,
    message: undefined,

    setEditing: async (on) => {
      if (on && !EDITING_ENABLED) return;
      useEditModeStore.getState().setEditing(on);
      set({ editing: on, message: undefined });
      if (on) await open();
    },

    apply: (result, options = {}) => {
      if (isRefusal(result)) {
        set({ message: { kind: 'warning', key: `editor.refused.${result.refused}` } });
        return false;
      }
      const s = get();
      if (!s.draft || s.baseVersionId === undefined) return false;
      // A publish (or discard) clears the edits once done: one made meanwhile would be lost.
      if (s.busy) {
        set({ message: { kind: 'warning', key: 'editor.refused.busy' } });
        return false;
      }
      const now = Date.now();
      const merge =
        options.coalesce !== undefined &&
        lastCoalesce?.key === options.coalesce &&
        now - lastCoalesce.at < COALESCE_MS &&
        s.cursor === s.edits.length &&
        s.cursor > 0;
      lastCoalesce =
        options.coalesce !== undefined ? { key: options.coalesce, at: now } : undefined;
      applyLocal(result);
      if (merge) {
        // One history step per field edit: the first keystroke's "before", the last one's "after".
        const previous = s.edits[s.cursor - 1] as Edit;
        const merged: Edit = {
          label: result.label,
          changes: result.changes.map((c, i) => {
            const first = previous.changes[i];
            const { before: _b, ...rest } = c;
            return first?.before !== undefined ? { ...rest, before: first.before } : rest;
          }),
        };
        set({ edits: [...s.edits.slice(0, s.cursor - 1), merged], message: undefined });
        queue(() => replaceLastEdit(TAB_ID, merged));
        return true;
      }
      const edits = [...s.edits.slice(0, s.cursor), result];
      set({ edits, cursor: edits.length, message: undefined, saved: true });
      const baseVersionId = s.baseVersionId;
      const isFirst = !s.saved;
      queue(async () => {
        // One made meanwhile (another tab's first edit) is taken; a replaced base is not.
        if (isFirst) {
          await createDraft(baseVersionId, TAB_ID, get().note).catch((e: unknown) => {
            if (isStaleVersion(e)) throw e;
          });
        }
        return pushEdit(TAB_ID, result);
      });
      return true;
    },

    undo: () => {
      const s = get();
      if (s.cursor === 0 || s.busy) return;
      lastCoalesce = undefined;
      applyLocal(invertEdit(s.edits[s.cursor - 1] as Edit));
      set({ cursor: s.cursor - 1 });
      queue(() => moveCursor(TAB_ID, s.cursor - 1));
    },

    redo: () => {
      const s = get();
      if (s.cursor >= s.edits.length || s.busy) return;
      lastCoalesce = undefined;
      applyLocal(s.edits[s.cursor] as Edit);
      set({ cursor: s.cursor + 1 });
      queue(() => moveCursor(TAB_ID, s.cursor + 1));
    },

    setNote: (note) => {
      const s = get();
      set({ note });
      if (!s.saved && s.baseVersionId !== undefined) {
        const base = s.baseVersionId;
        set({ saved: true });
        queue(() => createDraft(base, TAB_ID, note));
      } else queue(() => saveNote(TAB_ID, note));
    },

    discard: async () => {
      set({ busy: 'discarding' });
      await writes;
      await deleteDraft();
      knownRev = 0;
      set({ busy: undefined, saved: false, edits: [], cursor: 0, note: '' });
      await open();
      set({ message: { kind: 'info', key: 'editor.discarded' } });
    },

    publish: async () => {
      const s = get();
      if (!s.draft || s.busy) return undefined;
      opened++;
      set({ busy: 'publishing', message: undefined });
      try {
        await writes;
        const draftData = s.draft.data;
        // The page already holds the published data: no copy back from the worker, and the
        // tab sync must not read the new version back from IndexedDB either (`whileApplying`):
        // at 100k people that read was a 1.25 s task on the page (CDP trace of the bench). The
        // views' index of the draft is the index of the published data: not built again.
        const published = await whileApplying(async () => {
          const done = await publishDraft();
          const { draftIndex } = useEditModeStore.getState();
          await useOrgStore.getState().setDataInSlices(draftData, done.meta, draftIndex);
          return done;
        });
        knownRev = 0;
        set({
          busy: undefined,
          opening: false,
          draft: s.draft,
          checks: s.checks,
          saved: false,
          edits: [],
          cursor: 0,
          note: '',
          baseVersionId: published.meta.versionId,
          base: s.draft.data,
          message: {
            kind: 'success',
            key: 'editor.published',
            values: { version: published.meta.versionId },
          },
        });
        return published;
      } catch (e) {
        const key = isStaleVersion(e)
          ? 'editor.stale'
          : e instanceof DraftHasErrors
            ? 'editor.hasErrors'
            : 'editor.publishFailed';
        const values: Record<string, string | number> =
          e instanceof DraftHasErrors
            ? { count: e.errorCount }
            : { detail: e instanceof Error ? e.message : String(e) };
        set({ busy: undefined, opening: false, message: { kind: 'error', key, values } });
        return undefined;
      }
    },

    rebase: async () => {
      await writes;
      // The version current in IndexedDB (this tab may not show it yet).
      const current = await getCurrentMeta();
      if (!current) return;
      await rebaseDraft(TAB_ID, current.versionId).catch(() => undefined);
      // `open` replays the edits onto the base it finds: now the current version.
      await open();
    },

    syncFromDb: async () => {
      // This tab's own publish deletes the stored draft: it sets the draft itself once done.
      // Reopening meanwhile replayed the old base (the org store did not show the new version
      // yet) and rebuilt the checks of the whole organisation on the page.
      // A discard here deletes the stored draft too, and says so itself.
      if (!get().editing || get().busy) return;
      // Read after this tab's own queued writes (again if one was queued during the read):
      // before its first edit is stored, "no draft" is not "discarded elsewhere" (reopening then
      // dropped that edit from the view; editorDraft.test, the test with the tab syncs).
      let stored: Awaited<ReturnType<typeof getDraft>>;
      let read: Promise<unknown>;
      do {
        await draftSaved();
        read = writes;
        stored = await getDraft().catch(() => undefined);
      } while (read !== writes);
      const s = get();
      if (s.busy) return;
      if (!stored) {
        const current = await getCurrentMeta().catch(() => undefined);
        const moved =
          current !== undefined &&
          s.baseVersionId !== undefined &&
          current.versionId !== s.baseVersionId;
        if (s.saved || moved) {
          // Published or discarded elsewhere (or another version made current): start again
          // from the current version, never from the one shown so far.
          set({ saved: false, edits: [], cursor: 0, note: '' });
          await open();
          if (s.saved && get().editing) {
            set({
              message: moved
                ? {
                    kind: 'info',
                    key: 'editor.publishedElsewhere',
                    values: { version: current.versionId },
                  }
                : { kind: 'info', key: 'editor.discardedElsewhere' },
            });
          }
        }
        return;
      }
      if (stored.draft.rev <= knownRev && stored.draft.writer === TAB_ID) return;
      knownRev = stored.draft.rev;
      if (stored.draft.baseVersionId !== s.baseVersionId) return open();
      // Undo back to where both histories agree, then apply the stored edits up to its cursor.
      let common = 0;
      const limit = Math.min(s.cursor, stored.draft.cursor);
      while (
        common < limit &&
        JSON.stringify(s.edits[common]) === JSON.stringify(stored.edits[common])
      )
        common++;
      for (let i = s.cursor - 1; i >= common; i--) applyLocal(invertEdit(s.edits[i] as Edit));
      for (let i = common; i < stored.draft.cursor; i++) applyLocal(stored.edits[i] as Edit);
      set({
        edits: stored.edits,
        cursor: stored.draft.cursor,
        note: stored.draft.note,
        saved: true,
      });
    },

    setMessage: (message) => set({ message }),
  };
});

/** Edit mode as it was left (it survives reloads, like the draft). */
export function resumeEditing(): void {
  if (useEditModeStore.getState().editing) void useEditorStore.getState().setEditing(true);
}

/**
 * The views' copy of the draft as an org index, brought up to date after the paint, at most once
 * per task (typing in a field makes one index, not one per keystroke): the edit's own frame
 * (the field, the checks beside it and in the banner) paints first, the views follow.
 *   - Edits since the index's data are patched in (`patchOrgIndex`): a fraction of a
 *     millisecond, where the rebuild was ~10 ms at 10k people, and ~250 ms at 100k.
 *   - What the patch cannot follow (opening a draft, a record added amid the others, duplicate
 *     ids) is indexed again in slices, dropped if the draft changes meanwhile.
 *   - A draft still equal to the published data takes the published index as it is.
 */
let indexPending = false;
/** The draft data an index is being built for. */
let indexing: OrgData | undefined;
/** The records edited from the data `from` to the data `to` (the draft now). */
let touched: { from: OrgData; to: OrgData; ids: Record<EntityKind, Set<string>> } | undefined;

function noteTouched(from: OrgData, to: OrgData, edit: Edit): void {
  if (touched?.to !== from) {
    touched = {
      from,
      to,
      ids: { units: new Set(), positions: new Set(), people: new Set(), topics: new Set() },
    };
  }
  for (const c of edit.changes) touched.ids[c.kind].add(c.id);
  touched.to = to;
}

function refreshIndex(): void {
  const { draft, editing } = useEditorStore.getState();
  const mode = useEditModeStore.getState();
  const edited = touched;
  touched = undefined;
  if (!editing || !draft) {
    if (mode.draftIndex) mode.setDraftIndex(undefined);
    return;
  }
  const data = draft.data;
  const shown = mode.draftIndex;
  if (shown?.data === data || indexing === data) return;
  if (shown && edited?.from === shown.data && edited.to === data) {
    const patched = patchOrgIndex(shown, data, draft.at, edited.ids);
    if (patched) return mode.setDraftIndex(patched);
  }
  const published = useOrgStore.getState().index;
  if (published?.data === data) return mode.setDraftIndex(published);
  indexing = data;
  const live = () => {
    const s = useEditorStore.getState();
    return s.editing && s.draft?.data === data;
  };
  void runSliced(orgIndexSteps(data), live).then((index) => {
    if (indexing === data) indexing = undefined;
    if (index && live()) useEditModeStore.getState().setDraftIndex(index);
  });
}

useEditorStore.subscribe((s, prev) => {
  if (s.draft === prev.draft && s.editing === prev.editing) return;
  if (indexPending) return;
  indexPending = true;
  afterPaint(() => {
    indexPending = false;
    refreshIndex();
  });
});

/**
 * Runs `fn` once the frame after this change is painted (a task after the next animation
 * frame); in a hidden tab (no frames), in the next task, or after a second if the tab is hidden
 * meanwhile. The edit's own commit (the field, the live checks beside it and in the banner)
 * paints first; a new index of the whole draft (O(records): about 60 ms at 10k people under
 * load) comes after it, not before. Built in the next task (setTimeout 0), it delayed that paint:
 * edit -> checks painted p95 289 ms at 10k. The fallback was 100 ms once: under load a frame
 * can take longer than that, and the index was then built before the paint again.
 */
function afterPaint(fn: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  const visible = typeof document === 'undefined' || document.visibilityState !== 'hidden';
  if (typeof requestAnimationFrame === 'function' && visible) {
    requestAnimationFrame(() => setTimeout(run, 0));
    setTimeout(run, 1000);
  } else setTimeout(run, 0);
}

export const selectEditing = (s: EditorState) => s.editing;
export const selectDraft = (s: EditorState) => s.draft;
export const selectChecksRevision = (s: EditorState) => s.checksRevision;
export const selectCanUndo = (s: EditorState) => s.cursor > 0;
export const selectCanRedo = (s: EditorState) => s.cursor < s.edits.length;

/**
 * Follows the draft written by other tabs (Dexie's liveQuery sees their commits), and the
 * current version: another tab's publish deletes the draft and makes a new version current in
 * one transaction, and an import elsewhere moves the version a tab without a draft shows.
 */
export function startDraftSync(): Subscription {
  const watched = async () => ({
    header: await getDraftHeader(),
    current: (await getCurrentMeta())?.versionId,
  });
  return liveQuery(watched).subscribe({
    next: ({ header, current }) => {
      if (header && header.writer === TAB_ID) return;
      const s = useEditorStore.getState();
      const same =
        current === undefined || s.baseVersionId === undefined || current === s.baseVersionId;
      if (!header && !s.saved && same) return;
      void s.syncFromDb();
    },
    error: () => undefined,
  });
}
