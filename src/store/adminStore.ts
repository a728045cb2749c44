/**
 * The admin page's import flow and history: read a file → analyse it (worker) → the user fixes
 * the column mapping if needed → preview → apply (one transaction) → the org store shows it.
 * A newer analysis always wins over a slower older one.
 */
import { create } from 'zustand';
import { isStaleVersion } from '../db/currentVersion';
import { storageFailure, type StorageFailure } from '../db/storageError';
import { getVersion, recordCheck, restoreVersion as restoreStored } from '../db/orgRepository';
import { listVersionInfos, type VersionInfo } from '../db/importRepository';
import type { ColumnMapping } from '../import/mapping';
import type { ReadOptions } from '../import/formats/readFile';
import { MAX_ORG_FILE_BYTES } from '../domain/limits';
import { analyseImportAsync, applyAnalysedImport } from '../import/importClient';
import type { ImportMode, OrganisationDetails } from '../import/pipeline';
import { sourceKindOf } from '../domain/dataSource';
import type { ImportReport } from '../import/importSession';
import { type ImportProgress, sizeProblem } from '../import/pipeline';
import { useOrgStore } from './orgStore';
import { whileApplying } from './orgSync';

export type ImportPhase = 'idle' | 'analysing' | 'ready' | 'applying' | 'applied';

export interface AdminMessage {
  kind: 'success' | 'error' | 'info';
  key: string;
  values?: Record<string, string | number>;
  /** A button offered with the message: check the same file again against the current data. */
  action?: 'recheck';
}

/** The file being checked: its text (pasted) or the file itself (read in the worker). */
interface Pending {
  text?: string;
  file?: Blob;
  fileName: string;
  /** The user's mapping and read choices, kept when either changes. */
  mapping?: ColumnMapping;
  read?: ReadOptions;
  sourceUrl?: string;
}

export interface AdminState {
  phase: ImportPhase;
  progress: ImportProgress | undefined;
  pending: Pending | undefined;
  analysis: ImportReport | undefined;
  message: AdminMessage | undefined;
  versions: VersionInfo[];
  versionsLoaded: boolean;
  /** Set while a restore is being written. */
  restoringId: number | undefined;

  /** Start my organisation from the file, or add it to the current data (see `ImportMode`). */
  mode: ImportMode | undefined;
  details: OrganisationDetails;
  setMode: (mode: ImportMode) => Promise<void>;
  setDetails: (details: OrganisationDetails) => void;
  analyseText: (text: string, fileName: string, sourceUrl?: string) => Promise<void>;
  analyseFile: (file: File) => Promise<void>;
  setMapping: (mapping: ColumnMapping) => Promise<void>;
  /** Read the file again with another encoding, delimiter or sheet (the mapping is detected again). */
  setReadOptions: (read: ReadOptions) => Promise<void>;
  apply: () => Promise<void>;
  /** Checks the same file again (after the stored data changed under the preview). */
  recheck: () => Promise<void>;
  reset: () => void;
  loadVersions: () => Promise<void>;
  restore: (id: number) => Promise<void>;
}

let ticket = 0;

/**
 * While the demo is current (or nothing is), a file starts the user's own organisation; else
 * the pipeline's default: a people list is added to the data, an org file replaces it.
 */
export function effectiveMode(chosen: ImportMode | undefined): ImportMode | undefined {
  if (chosen) return chosen;
  const meta = useOrgStore.getState().meta;
  return !meta || sourceKindOf(meta.sourceUrl) === 'demo' ? 'start' : undefined;
}
const modeOf = (chosen: ImportMode | undefined) => {
  const mode = effectiveMode(chosen);
  return mode ? { mode } : {};
};

/** Plain words for a failed write (never the storage library's own message). */
const APPLY_FAILED: Record<StorageFailure, string> = {
  full: 'import.applyFull',
  unavailable: 'import.applyUnavailable',
  failed: 'import.applyFailed',
};

const errorDetail = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export const useAdminStore = create<AdminState>()((set, get) => {
  async function run(pending: Pending): Promise<void> {
    const mine = ++ticket;
    set({ phase: 'analysing', pending, progress: undefined, message: undefined });
    const { data, meta } = useOrgStore.getState();
    let analysis: ImportReport;
    try {
      analysis = await analyseImportAsync(
        {
          ...pending,
          ...(data ? { current: { versionId: meta?.versionId, data } } : {}),
          ...modeOf(get().mode),
          details: get().details,
        },
        (progress) => {
          if (mine === ticket) set({ progress });
        },
      );
    } catch (e) {
      if (mine !== ticket) return;
      set({
        phase: 'idle',
        progress: undefined,
        message: { kind: 'error', key: 'import.readFailed', values: { detail: errorDetail(e) } },
      });
      return;
    }
    if (mine !== ticket) return;
    set({ phase: 'ready', analysis, progress: undefined });
  }

  return {
    phase: 'idle',
    progress: undefined,
    pending: undefined,
    analysis: undefined,
    message: undefined,
    versions: [],
    versionsLoaded: false,
    restoringId: undefined,

    mode: undefined,
    details: {},
    setMode: async (mode) => {
      set({ mode });
      const { pending } = get();
      if (pending) await run(pending);
    },
    setDetails: (details) => set({ details }),

    analyseText: (text, fileName, sourceUrl) =>
      run({ text, fileName, ...(sourceUrl ? { sourceUrl } : {}) }),

    analyseFile: async (file) => {
      if (file.size > MAX_ORG_FILE_BYTES) {
        ticket++;
        set({
          phase: 'ready',
          pending: undefined,
          message: undefined,
          analysis: {
            format: 'org',
            fileName: file.name,
            bytes: file.size,
            problems: [sizeProblem(file.size)],
            analysisId: 0,
            applicable: false,
          },
        });
        return;
      }
      // Read where the file is checked: a 45 MB string is not copied through the page.
      await run({ file, fileName: file.name });
    },

    setMapping: async (mapping) => {
      const pending = get().pending;
      if (pending) await run({ ...pending, mapping });
    },

    setReadOptions: async (read) => {
      const pending = get().pending;
      if (!pending) return;
      const { mapping: _mapping, ...rest } = pending;
      await run({ ...rest, read: { ...pending.read, ...read } });
    },

    apply: async () => {
      const { analysis, pending } = get();
      if (!analysis?.applicable || !pending) return;
      set({ phase: 'applying', message: undefined });
      try {
        // Written by the worker; the tab-sync must not read the new version again meanwhile.
        await whileApplying(async () => {
          const shown = useOrgStore.getState();
          const { data, meta } = await applyAnalysedImport(
            analysis.analysisId,
            shown.data ? { versionId: shown.meta?.versionId, data: shown.data } : undefined,
          );
          // The index of 100k people in short tasks: the page never freezes after "Apply".
          await useOrgStore.getState().setDataInSlices(data, meta);
        });
        useOrgStore.getState().setProblems(analysis.problems);
        if (pending.sourceUrl !== undefined) {
          // A previewed data source was applied: it is the followed source from now on.
          useOrgStore.setState({
            source: pending.sourceUrl,
            notFollowed: undefined,
            lastCheck: await recordCheck(pending.sourceUrl, 'applied'),
          });
        }
        set({
          phase: 'applied',
          message: { kind: 'success', key: 'import.applied', values: { file: pending.fileName } },
        });
      } catch (e) {
        // Nothing was stored: the transaction rolled back. Keep the preview so the user can retry.
        set({
          phase: 'ready',
          message: isStaleVersion(e)
            ? { kind: 'error', key: 'import.stale', action: 'recheck' }
            : { kind: 'error', key: APPLY_FAILED[storageFailure(e)] },
        });
      }
      await get().loadVersions();
    },

    recheck: async () => {
      const { pending, analysis } = get();
      const mapping = analysis?.flat?.mapping;
      if (pending) await run(mapping ? { ...pending, mapping } : pending);
    },

    reset: () => {
      ticket++;
      // The start/add choice is made for each file: the next one starts from the default again.
      set({
        mode: undefined,
        phase: 'idle',
        pending: undefined,
        analysis: undefined,
        progress: undefined,
        message: undefined,
      });
    },

    loadVersions: async () => {
      try {
        set({ versions: await listVersionInfos(), versionsLoaded: true });
      } catch {
        set({ versionsLoaded: true });
      }
    },

    restore: async (id) => {
      set({ restoringId: id, message: undefined });
      try {
        const version = await getVersion(id);
        if (!version) throw new Error(`version ${id}`);
        // Checked against what this tab shows: restoring must not undo a newer version unseen.
        const meta = await restoreStored(id, useOrgStore.getState().meta?.versionId ?? null);
        await useOrgStore.getState().setDataInSlices(version.data, meta);
        useOrgStore.getState().setProblems([]);
        set({ message: { kind: 'success', key: 'history.restored', values: { id } } });
      } catch (e) {
        set({
          message: isStaleVersion(e)
            ? { kind: 'error', key: 'history.stale', values: { id } }
            : { kind: 'error', key: 'history.restoreFailed' },
        });
      }
      set({ restoringId: undefined });
      await get().loadVersions();
    },
  };
});

export const selectPhase = (s: AdminState) => s.phase;
export const selectProgress = (s: AdminState) => s.progress;
export const selectAnalysis = (s: AdminState) => s.analysis;
export const selectMessage = (s: AdminState) => s.message;
export const selectVersions = (s: AdminState) => s.versions;
export const selectRestoringId = (s: AdminState) => s.restoringId;
