/**
 * The import pipeline, from file text to what the admin page shows before applying:
 * size check → format detection (org file JSON, flat JSON list, CSV) → parse → column mapping
 * (flat lists) → the one validator (`validateOrg`) → diff against the current data.
 * It never throws: anything unexpected becomes a problem. Runs in the import worker, or on the
 * main thread when no worker can start.
 */
import { analyseTable, type FlatInfo } from './analyseTable';
import type { ColumnMapping } from './mapping';
import { diffOrg, type DiffSummary, type OrgDiff, summarizeDiff } from '../domain/diff';
import { MAX_ORG_FILE_BYTES } from '../domain/limits';
import { sizeProblem as orgSizeProblem } from '../domain/parseOrgFile';
import { hasErrors, type Problem } from '../domain/problems';
import type { OrgData } from '../domain/types';
import { validateOrg } from '../domain/validate';
import {
  readImportBytes,
  readImportText,
  type FileRead,
  type FileFormat,
  type ReadOptions,
} from './formats/readFile';

export type { FlatInfo } from './analyseTable';
export type ImportFormat = FileFormat;

export type ImportStage = 'parse' | 'map' | 'validate' | 'diff';

export interface ImportProgress {
  stage: ImportStage;
  /** 0..1 over the whole pipeline. */
  fraction: number;
}

export interface ImportRequest {
  /** Pasted text; or */
  text?: string;
  /** a file's bytes, read by `readImportBytes` (the same function as the CLI's). */
  bytes?: Uint8Array;
  fileName: string;
  /** The data to compare against (undefined = nothing stored yet). */
  current?: OrgData;
  /** The user's mapping for flat lists; detected when absent. */
  mapping?: ColumnMapping;
  /** The user's choice of encoding, delimiter or sheet; detected when absent. */
  read?: ReadOptions;
}

/** How the file was read, shown so the user can change it. */
export type ReadInfo = Pick<FileRead, 'encoding' | 'delimiter' | 'sheet' | 'sheetNames'>;

export interface ImportAnalysis {
  format: ImportFormat;
  fileName: string;
  /** Size of the text in bytes (UTF-8). */
  bytes: number;
  flat?: FlatInfo;
  read?: ReadInfo;
  /** The data to apply; present only when there is no error. */
  data?: OrgData;
  problems: Problem[];
  diff?: OrgDiff;
  summary?: DiffSummary;
}

const problem = (code: string, en: string, fr: string, path = '$'): Problem => ({
  path,
  severity: 'error',
  code,
  message: { en, fr },
});

/** UTF-8 size; a text longer than the limit in characters is over it in bytes too. */
function byteLength(text: string): number {
  if (text.length > MAX_ORG_FILE_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/** The validation module's "file too large" problem (same wording as the loader and CLI). */
export function sizeProblem(bytes: number): Problem {
  return orgSizeProblem(bytes) ?? orgSizeProblem(MAX_ORG_FILE_BYTES + 1)!;
}

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'Organisation';
}

/** Sorted: errors first, then warnings; each group keeps its order. */
function ordered(problems: Problem[]): Problem[] {
  return [
    ...problems.filter((p) => p.severity === 'error'),
    ...problems.filter((p) => p.severity !== 'error'),
  ];
}

function readInfo(read: FileRead): ReadInfo {
  return {
    ...(read.encoding ? { encoding: read.encoding } : {}),
    ...(read.delimiter ? { delimiter: read.delimiter } : {}),
    ...(read.sheet !== undefined ? { sheet: read.sheet } : {}),
    ...(read.sheetNames ? { sheetNames: read.sheetNames } : {}),
  };
}

function analyseInput(req: ImportRequest, progress: (p: ImportProgress) => void): ImportAnalysis {
  const bytes = req.bytes ? req.bytes.length : byteLength(req.text ?? '');
  const base = { fileName: req.fileName, bytes };
  if (bytes > MAX_ORG_FILE_BYTES) return { ...base, format: 'org', problems: [sizeProblem(bytes)] };
  const empty = req.bytes ? req.bytes.every((b) => b <= 0x20) : (req.text ?? '').trim() === '';
  if (empty) {
    return {
      ...base,
      format: 'org',
      problems: [problem('empty-file', 'The file is empty.', 'Le fichier est vide.')],
    };
  }
  progress({ stage: 'parse', fraction: 0.05 });
  const read = req.bytes
    ? readImportBytes(req.bytes, req.fileName, req.read)
    : readImportText(req.text ?? '', req.fileName, req.read);
  progress({ stage: 'parse', fraction: 0.3 });
  const info = { ...base, format: read.format, read: readInfo(read) };
  if (read.problems.some((p) => p.severity === 'error') && !read.table) {
    return { ...info, problems: read.problems };
  }
  if (read.table) {
    progress({ stage: 'map', fraction: 0.35 });
    const analysis = analyseTable(read.table, {
      fileName: req.fileName,
      orgName: baseName(req.fileName),
      ...(req.mapping ? { mapping: req.mapping } : {}),
      ...(req.current ? { current: req.current } : {}),
    });
    progress({ stage: 'validate', fraction: 0.8 });
    const problems = ordered([...read.problems, ...analysis.problems]);
    const blocked = problems.some((p) => p.severity === 'error');
    return {
      ...info,
      flat: analysis.flat,
      problems,
      ...(analysis.data && !blocked ? { data: analysis.data } : {}),
    };
  }
  progress({ stage: 'validate', fraction: 0.4 });
  const { data, problems } = validateOrg(read.json);
  const all = [...read.problems, ...problems];
  return { ...info, problems: all, ...(data && !hasErrors(all) ? { data } : {}) };
}

/** Run the whole pipeline. Never throws. */
export function analyseImport(
  req: ImportRequest,
  progress: (p: ImportProgress) => void = () => {},
): ImportAnalysis {
  try {
    const analysis = analyseInput(req, progress);
    if (analysis.data === undefined) return analysis;
    progress({ stage: 'diff', fraction: 0.85 });
    const diff = diffOrg(req.current, analysis.data);
    progress({ stage: 'diff', fraction: 1 });
    return { ...analysis, diff, summary: summarizeDiff(diff) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      format: 'org',
      fileName: req.fileName,
      bytes: req.bytes?.length ?? req.text?.length ?? 0,
      problems: [
        problem(
          'internal-error',
          `The file could not be read (${detail}).`,
          `Le fichier n'a pas pu être lu (${detail}).`,
        ),
      ],
    };
  }
}
