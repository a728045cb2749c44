/**
 * The import pipeline, from file text to what the admin page shows before applying:
 * size check → format detection (org file JSON, flat JSON list, CSV) → parse → column mapping
 * (flat lists) → the one validator (`validateOrg`) → diff against the current data.
 * It never throws: anything unexpected becomes a problem. Runs in the import worker, or on the
 * main thread when no worker can start.
 */
import { detectMapping, type ColumnMapping, mappingGaps } from './columnMapping';
import {
  flatJsonRecords,
  flatToOrg,
  jsonTable,
  locateFlatProblem,
  parseCsvTable,
  type FlatTable,
} from './csvImport';
import { diffOrg, type DiffSummary, type OrgDiff, summarizeDiff } from '../domain/diff';
import { MAX_ORG_FILE_BYTES } from '../domain/limits';
import { sizeProblem as orgSizeProblem } from '../domain/parseOrgFile';
import { mergePeopleList } from './peopleListMerge';
import { safeJsonParse } from '../domain/safeJson';
import { hasErrors, type Problem } from '../domain/problems';
import type { OrgData } from '../domain/types';
import { validateOrg } from '../domain/validate';

export type ImportFormat = 'org' | 'csv' | 'json-list';

export type ImportStage = 'parse' | 'map' | 'validate' | 'diff';

export interface ImportProgress {
  stage: ImportStage;
  /** 0..1 over the whole pipeline. */
  fraction: number;
}

export interface ImportRequest {
  text: string;
  fileName: string;
  /** The data to compare against (undefined = nothing stored yet). */
  current?: OrgData;
  /** The user's mapping for flat lists; detected when absent. */
  mapping?: ColumnMapping;
}

export interface FlatInfo {
  headings: string[];
  /** The first rows, to show next to the mapping selects. */
  sample: Record<string, string>[];
  rowCount: number;
  mapping: ColumnMapping;
  /** Fields the mapping still needs before the list can be imported. */
  gaps: string[];
}

export interface ImportAnalysis {
  format: ImportFormat;
  fileName: string;
  /** Size of the text in bytes (UTF-8). */
  bytes: number;
  flat?: FlatInfo;
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

function flatInfo(table: FlatTable, mapping: ColumnMapping): FlatInfo {
  return {
    headings: table.headings,
    sample: table.rows.slice(0, 5),
    rowCount: table.rows.length,
    mapping,
    gaps: mappingGaps(mapping),
  };
}

/** Sorted: errors first, then warnings; each group keeps its order. */
function ordered(problems: Problem[]): Problem[] {
  return [
    ...problems.filter((p) => p.severity === 'error'),
    ...problems.filter((p) => p.severity !== 'error'),
  ];
}

function analyseFlat(
  req: ImportRequest,
  format: ImportFormat,
  table: FlatTable,
  parseProblems: Problem[],
  bytes: number,
  progress: (p: ImportProgress) => void,
): ImportAnalysis {
  const mapping = req.mapping ?? detectMapping(table.headings, table.rows);
  const flat = flatInfo(table, mapping);
  const base = { format, fileName: req.fileName, bytes, flat };
  if (table.rows.length === 0) {
    return {
      ...base,
      problems: [
        ...parseProblems,
        problem('empty-list', 'The list has no people.', 'La liste ne contient personne.'),
      ],
    };
  }
  if (flat.gaps.length > 0) {
    return {
      ...base,
      problems: [
        ...parseProblems,
        problem(
          'mapping-incomplete',
          'Choose which column holds the names (or first and last names) of people.',
          'Choisissez la colonne qui contient le nom (ou le prénom et le nom) des personnes.',
        ),
      ],
    };
  }
  progress({ stage: 'map', fraction: 0.35 });
  const mapped = flatToOrg(table, mapping, { orgName: baseName(req.fileName) });
  // A people list says nothing about the organisation, its topics, RACI, vacancies or services:
  // it is laid over the current data (see mergePeopleList) instead of replacing it.
  let input: unknown = mapped.input;
  let positionRows: (number | undefined)[] | undefined;
  if (req.current) {
    const merged = mergePeopleList(mapped.input, req.current);
    const { positionSources, ...org } = merged;
    org.organisation = req.current.organisation;
    input = org;
    positionRows = positionSources.map((i) => (i === undefined ? undefined : mapped.rowIndexes[i]));
  }
  progress({ stage: 'validate', fraction: 0.45 });
  const validated = validateOrg(input);
  // Without a unit column every position lacks a unit: say it once, not once per row.
  const noUnitColumn = mapping.columns.unit === undefined;
  const kept = noUnitColumn
    ? validated.problems.filter((p) => p.code !== 'position-without-unit')
    : validated.problems;
  if (noUnitColumn) {
    kept.push({
      path: '$',
      severity: 'warning',
      code: 'no-unit-column',
      message: {
        en: 'No column is mapped to "Unit / department": people will not be grouped in units.',
        fr: "Aucune colonne n'est associée à « Unité / service » : les personnes ne seront pas regroupées en unités.",
      },
    });
  }
  const located = kept.map((p) =>
    locateFlatProblem(p, table, mapping, mapped.rowIndexes, positionRows),
  );
  const problems = ordered([...parseProblems, ...mapped.problems, ...located]);
  return {
    ...base,
    problems,
    ...(validated.data && !hasErrors(problems) ? { data: validated.data } : {}),
  };
}

function analyseText(req: ImportRequest, progress: (p: ImportProgress) => void): ImportAnalysis {
  const bytes = byteLength(req.text);
  const base = { fileName: req.fileName, bytes };
  if (bytes > MAX_ORG_FILE_BYTES) return { ...base, format: 'org', problems: [sizeProblem(bytes)] };
  if (req.text.trim() === '') {
    return {
      ...base,
      format: 'org',
      problems: [problem('empty-file', 'The file is empty.', 'Le fichier est vide.')],
    };
  }
  progress({ stage: 'parse', fraction: 0.05 });
  const first = req.text.trimStart()[0];
  const looksJson = first === '{' || first === '[' || /\.json$/i.test(req.fileName);
  if (!looksJson) {
    const { table, problems } = parseCsvTable(req.text);
    progress({ stage: 'parse', fraction: 0.3 });
    return analyseFlat(req, 'csv', table, problems, bytes, progress);
  }
  const parsed = safeJsonParse(req.text);
  progress({ stage: 'parse', fraction: 0.3 });
  if (!parsed.ok) return { ...base, format: 'org', problems: [parsed.problem] };
  const records = flatJsonRecords(parsed.value);
  if (records !== undefined) {
    return analyseFlat(req, 'json-list', jsonTable(records), parsed.problems, bytes, progress);
  }
  progress({ stage: 'validate', fraction: 0.4 });
  const { data, problems } = validateOrg(parsed.value);
  const all = [...parsed.problems, ...problems];
  return { ...base, format: 'org', problems: all, ...(data && !hasErrors(all) ? { data } : {}) };
}

/** Run the whole pipeline. Never throws. */
export function analyseImport(
  req: ImportRequest,
  progress: (p: ImportProgress) => void = () => {},
): ImportAnalysis {
  try {
    const analysis = analyseText(req, progress);
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
      bytes: req.text.length,
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
