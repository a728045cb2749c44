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
import { organisationSchema } from '../domain/schema';
import { detailsProblems, type OrganisationDetailsForm } from '../domain/organisationDetails';
import { localize } from '../domain/text';
import type { FileSource } from './sources';
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

/**
 * `start`: the file is the whole organisation (nothing of the current data remains; the diff
 * still compares with it). `add`: the file is laid over the current data (a people list keeps
 * seats, RACI and topics; an org file's records replace those with the same id, the rest stay).
 */
export type ImportMode = 'start' | 'add';

/** What HR types on the import screen when the file does not say it (the admin page's form). */
export type OrganisationDetails = Partial<OrganisationDetailsForm>;

export interface ImportRequest {
  /** Default: `add` for people lists, `start` for org files (the behaviour before modes). */
  mode?: ImportMode;
  details?: OrganisationDetails;
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
  /** What the file is as a source of the data (listed on the admin page once applied). */
  source?: Omit<FileSource, 'importedAt'>;
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
      // "Start my organisation": the list alone, nothing of the current data laid under it.
      ...(req.current && req.mode !== 'start' ? { current: req.current } : {}),
    });
    progress({ stage: 'validate', fraction: 0.8 });
    const problems = ordered([...read.problems, ...analysis.problems]);
    const blocked = problems.some((p) => p.severity === 'error');
    const data =
      analysis.data && (req.mode === 'start' || !req.current)
        ? withFormDetails(analysis.data, req.details, problems)
        : analysis.data;
    return {
      ...info,
      flat: analysis.flat,
      // Ordered again: the form's problem, if any, is an error among the file's.
      problems: ordered(problems),
      source: {
        fileName: req.fileName,
        kind: analysis.flat.headcountFile ? 'headcount' : 'people',
        organisations: analysis.organisations,
        rows: analysis.flat.rowCount,
        setAside: analysis.flat.setAside.length,
        scope: req.current && req.mode !== 'start' ? 'merge' : 'replace',
      },
      ...(data && !hasErrors(problems) && !blocked ? { data } : {}),
    };
  }
  progress({ stage: 'validate', fraction: 0.4 });
  let file = withDetails(read.json, req.details, baseName(req.fileName), false);
  if (req.mode === 'add' && req.current) file = mergeOrgFile(file, req.current);
  const { data, problems } = validateOrg(file);
  const all = [...read.problems, ...problems];
  const source: Omit<FileSource, 'importedAt'> | undefined = data && {
    fileName: req.fileName,
    kind: 'org',
    organisations: (data.organisations ?? []).map((o) => ({
      id: o.id,
      name: localize(o.name, 'en'),
    })),
    rows: data.positions.length,
    setAside: 0,
    scope: req.mode === 'add' && req.current ? 'merge' : 'replace',
  };
  return {
    ...info,
    problems: all,
    ...(source ? { source } : {}),
    ...(data && !hasErrors(all) ? { data } : {}),
  };
}

const clean = (v: string | undefined): string | undefined =>
  v !== undefined && v.trim() !== '' ? v.trim() : undefined;

/**
 * The organisation record from the file, its gaps filled from the import screen's form. For a
 * people list (`fromForm`), the file has no organisation: the form names it, else the file name.
 */
function withDetails(
  file: unknown,
  details: OrganisationDetails | undefined,
  fallbackName: string,
  fromForm: boolean,
): unknown {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return file;
  const record = file as Record<string, unknown>;
  const given = record.organisation;
  const org: Record<string, unknown> =
    !fromForm && typeof given === 'object' && given !== null ? { ...given } : {};
  const en = clean(details?.nameEn);
  const fr = clean(details?.nameFr);
  if (org.name === undefined || fromForm) {
    org.name = en && fr ? { en, fr } : (en ?? fr ?? (fromForm ? fallbackName : org.name));
    if (org.name === undefined) delete org.name;
  }
  const date = clean(details?.dataDate);
  if (org.dataDate === undefined && date) org.dataDate = date;
  const help = clean(details?.helpEmail);
  if (org.helpContact === undefined && help) org.helpContact = { email: help };
  const owner = clean(details?.ownerEmail);
  if (org.maintainer === undefined && owner) org.maintainer = { email: owner };
  if (!fromForm && given === undefined && Object.keys(org).length === 0) return file;
  return { ...record, organisation: org };
}

/**
 * A people list started as the organisation: its record comes from the import screen's form
 * (the list has none). Checked with the schema like any file; a bad value is an error.
 */
function withFormDetails(
  data: OrgData,
  details: OrganisationDetails | undefined,
  problems: Problem[],
): OrgData {
  if (!details) return data;
  const filled = withDetails({ organisation: {} }, details, '', true) as {
    organisation: Record<string, unknown>;
  };
  const organisation = { ...filled.organisation };
  if (organisation.name === '' || organisation.name === undefined) {
    organisation.name = data.organisation.name;
  }
  // The form's rule (real dates, one address per e-mail field), then the schema's.
  const checked = organisationSchema.safeParse(organisation);
  if (detailsProblems(details, { nameRequired: false }).length > 0 || !checked.success) {
    problems.push(
      problem(
        'organisation-details',
        'Check the organisation details: a date is YYYY-MM-DD and e-mail addresses look like name@example.org.',
        'Vérifiez les informations de l’organisation : une date s’écrit AAAA-MM-JJ et une adresse e-mail ressemble à nom@exemple.org.',
        'organisation',
      ),
    );
    return data;
  }
  return { ...data, organisation: checked.data };
}

/** An org file laid over the current data: records with the same id are the file's. */
function mergeOrgFile(file: unknown, current: OrgData): unknown {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return file;
  const record = file as Record<string, unknown>;
  const out: Record<string, unknown> = { ...record };
  for (const key of ['units', 'positions', 'people', 'topics'] as const) {
    const incoming = Array.isArray(record[key]) ? (record[key] as unknown[]) : [];
    const ids = new Set(
      incoming.map((r) =>
        typeof r === 'object' && r !== null ? (r as { id?: unknown }).id : undefined,
      ),
    );
    const kept = (current[key] as { id: string }[]).filter((r) => !ids.has(r.id));
    out[key] = [...kept, ...incoming];
  }
  return out;
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
          `Le fichier n’a pas pu être lu (${detail}).`,
        ),
      ],
    };
  }
}
