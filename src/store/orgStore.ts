/**
 * The org data the app currently holds, as loaded from IndexedDB (src/db) and validated.
 * Views read it through the selectors below, never the whole state.
 */
import { create } from 'zustand';
import type { DataMeta } from '../db/database';
import { runSliced } from '../domain/steps';
import { buildOrgIndex, orgIndexSteps, type OrgIndex } from '../domain/orgIndex';
import type { Problem } from '../domain/problems';
import type { OrgData } from '../domain/types';
import { sourceKindOf, type CheckOutcome, type SourceKind } from '../domain/dataSource';

export type { DataMeta };

export type OrgStatus = 'loading' | 'ready' | 'error';

export interface OrgState {
  status: OrgStatus;
  data: OrgData | undefined;
  index: OrgIndex | undefined;
  meta: DataMeta | undefined;
  /**
   * False while `data` is only the start slice of its version (`domain/startSlice.ts`, a cold
   * start's first answer): the search page answers from it, other pages wait for the rest.
   */
  complete: boolean;
  /** Problems of the last load or refresh (errors on first start, or a refused refresh). */
  problems: Problem[];
  /** A message for the header, e.g. "newer data applied" or "refresh refused, kept stored data". */
  notice:
    | { kind: 'info' | 'warning' | 'error'; key: string; values?: Record<string, string | number> }
    | undefined;
  /** The configured org file URL (shown on the error page and in the header). */
  source: string | undefined;
  /**
   * A URL source that is configured (setting or `?org=`) but not followed, because HR's
   * imported or published data is current (see `decideStart`).
   */
  notFollowed: string | undefined;
  /** The last check of the followed source (URL or demo), shown as "last checked". */
  lastCheck: { source: string; at: string; outcome: CheckOutcome } | undefined;
  setData: (data: OrgData, meta: DataMeta) => void;
  /** Shows the start slice of a version until `setData`/`setDataInSlices` gives all of it. */
  setStartData: (slice: OrgData, meta: DataMeta) => void;
  /**
   * Like `setData`, but builds the index in short main-thread tasks first (for 100k people it
   * is a quarter of a second of work); the store changes once, when the index is ready and the
   * meta known (a first visit builds the index while the worker still stores the version; a
   * rejected meta leaves the store as it was). A later `setData` or `setDataInSlices` wins over
   * one still building. `built`, an index of this very `data` already made (the editor's index
   * of the draft it publishes), is used as it is.
   */
  setDataInSlices: (
    data: OrgData,
    meta: DataMeta | Promise<DataMeta>,
    built?: OrgIndex,
  ) => Promise<void>;
  setError: (problems: Problem[]) => void;
  setNotice: (notice: OrgState['notice']) => void;
  setProblems: (problems: Problem[]) => void;
}

/** Counts data changes, so an index still being built for older data is dropped. */
let generation = 0;

export const useOrgStore = create<OrgState>()((set) => ({
  status: 'loading',
  data: undefined,
  index: undefined,
  meta: undefined,
  complete: false,
  problems: [],
  notice: undefined,
  source: undefined,
  notFollowed: undefined,
  lastCheck: undefined,
  setData: (data, meta) => {
    generation++;
    set({ status: 'ready', complete: true, data, meta, index: buildOrgIndex(data) });
  },
  setStartData: (data, meta) => {
    generation++;
    set({ status: 'ready', complete: false, data, meta, index: buildOrgIndex(data) });
  },
  setDataInSlices: async (data, meta, built) => {
    const mine = ++generation;
    const index =
      built?.data === data
        ? built
        : await runSliced(orgIndexSteps(data), () => mine === generation);
    const known = await Promise.resolve(meta).catch(() => undefined);
    if (index && known && mine === generation) {
      set({ status: 'ready', complete: true, data, meta: known, index });
    }
  },
  setError: (problems) => set({ status: 'error', problems }),
  setNotice: (notice) => set({ notice }),
  setProblems: (problems) => set({ problems }),
}));

export const selectStatus = (s: OrgState) => s.status;
export const selectOrgData = (s: OrgState) => s.data;
export const selectOrgIndex = (s: OrgState) => s.index;
export const selectMeta = (s: OrgState) => s.meta;
export const selectComplete = (s: OrgState) => s.complete;
export const selectProblems = (s: OrgState) => s.problems;
export const selectNotice = (s: OrgState) => s.notice;
export const selectSource = (s: OrgState) => s.source;
export const selectNotFollowed = (s: OrgState) => s.notFollowed;
export const selectLastCheck = (s: OrgState) => s.lastCheck;
/** Demo, URL source, HR's import or HR's published edit; undefined before data is shown. */
export const selectSourceKind = (s: OrgState): SourceKind | undefined =>
  s.meta ? sourceKindOf(s.meta.sourceUrl) : undefined;
