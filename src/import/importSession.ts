/**
 * The import's state where the work is done (the import worker, or the main thread when no
 * worker can start): the current data to diff against, and the last file checked, kept until it
 * is applied. The parsed organisation never crosses to the main thread before it is stored:
 * the page gets a report (problems, diff, counts), and "apply" writes the kept data to IndexedDB
 * from here, in one transaction.
 */
import { applyImport } from '../db/importRepository';
import { getVersion } from '../db/orgRepository';
import type { CurrentMeta } from '../db/database';
import type { ColumnMapping } from './mapping';
import type { ReadOptions } from './formats/readFile';
import { ENTITY_KINDS, type DiffSummary, type OrgDiff } from '../domain/diff';
import type { OrgData } from '../domain/types';
import type { FileSource } from './sources';
import {
  analyseImport,
  type ImportAnalysis,
  type ImportMode,
  type ImportProgress,
  type OrganisationDetails,
} from './pipeline';

/** What the page sees of an analysis: everything but the data, which stays here. */
export interface ImportReport extends Omit<ImportAnalysis, 'data'> {
  /* `diff`: its lists capped at DIFF_LIST_CAP records each; `summary` has the whole counts. */
  /** Identifies the checked file for `apply`. */
  analysisId: number;
  /** True when the file has no error and can be applied. */
  applicable: boolean;
}

/** The data the app shows: by its stored version id, with the data itself when it is at hand. */
export interface CurrentRef {
  versionId: number | undefined;
  data?: OrgData;
}

export interface AnalyseInput {
  /** The text, or a file to read here (reading it on the page would block it for large files). */
  text?: string;
  file?: Blob;
  fileName: string;
  mapping?: ColumnMapping;
  /** The user's encoding, delimiter or sheet; detected when absent. */
  read?: ReadOptions;
  mode?: ImportMode;
  details?: OrganisationDetails;
  /** The data source URL when the text was fetched from it (HR follows a URL source again). */
  sourceUrl?: string;
  /** Undefined when nothing is stored yet. */
  current?: CurrentRef;
}

export type AnalyseOutcome =
  | { kind: 'report'; report: ImportReport }
  /** The current data is neither held here nor stored under its id: send it with the request. */
  | { kind: 'need-current' };

export interface Applied {
  meta: CurrentMeta;
  data: OrgData;
}

interface Checked {
  id: number;
  data: OrgData;
  /** What was read, to hash: the text, or the file's bytes. */
  content: string | Uint8Array;
  fileName: string;
  sourceUrl?: string;
  summary?: DiffSummary;
  /** The current version this file was diffed against; the apply checks it is still current. */
  basedOn: number | null;
  setAside: number;
  source?: Omit<FileSource, 'importedAt'>;
}

/**
 * Records of each list (added, changed, removed of each kind) the page gets: the preview shows
 * them 50 at a time, and the counts come from the summary. A first import of 100k people would
 * otherwise send 200k records the page decodes in one long task (about 1 s measured).
 */
export const DIFF_LIST_CAP = 1_000;

/** The diff as the page sees it: every field change of the organisation, lists capped. */
export function cappedDiff(diff: OrgDiff, cap = DIFF_LIST_CAP): OrgDiff {
  const out: OrgDiff = { ...diff };
  for (const kind of ENTITY_KINDS) {
    const d = diff[kind];
    out[kind] = {
      added: d.added.slice(0, cap),
      changed: d.changed.slice(0, cap),
      removed: d.removed.slice(0, cap),
    };
  }
  return out;
}

export class ImportSession {
  private current: { versionId: number | undefined; data: OrgData } | undefined;
  private last: Checked | undefined;
  private nextId = 1;
  /** Requests run one after the other (an apply must see the analysis before it). */
  private queue: Promise<unknown> = Promise.resolve();

  analyse(input: AnalyseInput, progress: (p: ImportProgress) => void): Promise<AnalyseOutcome> {
    return this.serial(() => this.doAnalyse(input, progress));
  }

  /**
   * The data of the check `analysisId`, before it is applied: the page can be sent it while the
   * apply writes it (undefined when that check is not the last one).
   */
  checkedData(analysisId: number): OrgData | undefined {
    return this.last?.id === analysisId ? this.last.data : undefined;
  }

  /**
   * The data the check `analysisId` was compared with, when that is the version `versionId`
   * the page shows (so the page holds the same records, in the same order).
   */
  baseData(analysisId: number, versionId: number | undefined): OrgData | undefined {
    const last = this.last;
    if (versionId === undefined || last?.id !== analysisId || last.basedOn !== versionId) return;
    return this.current?.versionId === versionId ? this.current.data : undefined;
  }

  /** Stores the analysed file as the new current version (one transaction). */
  apply(analysisId: number): Promise<Applied> {
    return this.serial(() => this.doApply(analysisId));
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async currentData(ref: CurrentRef | undefined): Promise<OrgData | undefined | null> {
    if (!ref) return undefined;
    if (ref.data) {
      this.current = { versionId: ref.versionId, data: ref.data };
      return ref.data;
    }
    const held = this.current;
    if (held && ref.versionId !== undefined && held.versionId === ref.versionId) return held.data;
    const stored = ref.versionId === undefined ? undefined : await getVersion(ref.versionId);
    if (!stored) return null;
    this.current = { versionId: ref.versionId, data: stored.data };
    return stored.data;
  }

  private async doAnalyse(
    input: AnalyseInput,
    progress: (p: ImportProgress) => void,
  ): Promise<AnalyseOutcome> {
    const current = await this.currentData(input.current);
    if (current === null) return { kind: 'need-current' };
    // A file is read as bytes: its encoding (or spreadsheet format) is found by the same
    // function as the CLI's (`readImportBytes`), never assumed to be UTF-8.
    const content =
      input.text ?? (input.file ? new Uint8Array(await input.file.arrayBuffer()) : '');
    const { data, ...rest } = analyseImport(
      {
        ...(typeof content === 'string' ? { text: content } : { bytes: content }),
        fileName: input.fileName,
        ...(current ? { current } : {}),
        ...(input.mapping ? { mapping: input.mapping } : {}),
        ...(input.read ? { read: input.read } : {}),
        ...(input.mode ? { mode: input.mode } : {}),
        ...(input.details ? { details: input.details } : {}),
      },
      progress,
    );
    const id = this.nextId++;
    this.last = data
      ? {
          id,
          data,
          content,
          fileName: input.fileName,
          setAside: rest.flat?.setAside.length ?? 0,
          ...(rest.source ? { source: rest.source } : {}),
          ...(input.sourceUrl ? { sourceUrl: input.sourceUrl } : {}),
          ...(rest.summary ? { summary: rest.summary } : {}),
          basedOn: input.current?.versionId ?? null,
        }
      : undefined;
    const report: ImportReport = {
      ...rest,
      ...(rest.diff ? { diff: cappedDiff(rest.diff) } : {}),
      analysisId: id,
      applicable: data !== undefined,
    };
    return { kind: 'report', report };
  }

  private async doApply(analysisId: number): Promise<Applied> {
    const checked = this.last;
    if (!checked || checked.id !== analysisId) {
      throw new Error('This check is out of date: check the file again.');
    }
    const meta = await applyImport({
      data: checked.data,
      fileName: checked.fileName,
      text: checked.content,
      ...(checked.sourceUrl ? { sourceUrl: checked.sourceUrl } : {}),
      ...(checked.summary ? { changes: checked.summary } : {}),
      basedOn: checked.basedOn,
      ...(checked.setAside > 0 ? { setAside: checked.setAside } : {}),
      ...(checked.source ? { source: checked.source } : {}),
    });
    // The applied data is now the current one: the next check diffs against it at no cost.
    this.current = { versionId: meta.versionId, data: checked.data };
    this.last = undefined;
    return { meta, data: checked.data };
  }
}
