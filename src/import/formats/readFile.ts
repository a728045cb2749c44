/**
 * The one way an imported file is read, on the admin page (in the import worker) and in the CLI:
 * bytes → format → text or table. Encoding, delimiter and sheet are detected and reported, and
 * each can be chosen instead (`ReadOptions`).
 */
import Papa from 'papaparse';
import { csvSyntaxProblems } from './csvSyntax';
import { isGuardedCsvCell, unguardCsvCell } from '../csvCell';
import type { Problem } from '../../domain/problems';
import { safeJsonParse } from '../../domain/safeJson';
import { decodeText, type DecodedText, type Encoding } from './decodeText';
import { detectDelimiter, type Delimiter } from './delimiter';
import { readJsonList, type JsonListKind } from './jsonList';
import { looksLikeLdif, readLdif } from './ldif';
import { readSpreadsheet, spreadsheetKind, type SpreadsheetKind } from './spreadsheet';
import { tableFromCells, type FlatTable } from './table';

export type FileFormat = 'org' | 'csv' | 'ldif' | SpreadsheetKind | JsonListKind;

export interface ReadOptions {
  encoding?: Encoding;
  delimiter?: Delimiter;
  sheet?: string;
}

export type ReadTable = FlatTable;

export interface FileRead {
  format: FileFormat;
  /** The text (org files, and what the stored version's hash is computed from for text formats). */
  text?: string;
  /** The parsed JSON of an org file (so it is parsed once). */
  json?: unknown;
  table?: ReadTable;
  /** How text was decoded (absent for spreadsheets and pasted text). */
  encoding?: Omit<DecodedText, 'text'>;
  delimiter?: Delimiter;
  sheet?: string;
  sheetNames?: string[];
  problems: Problem[];
}

const warning = (code: string, en: string, fr: string): Problem => ({
  path: '$',
  severity: 'warning',
  code,
  message: { en, fr },
});

function readCsv(
  text: string,
  chosen?: Delimiter,
): Pick<FileRead, 'table' | 'delimiter' | 'problems'> {
  const delimiter = chosen ?? detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const problems = csvSyntaxProblems(result.errors);
  const table = tableFromCells(result.data, {
    problems,
    firstLineNumber: 1,
    clean: unguardCsvCell,
    literal: isGuardedCsvCell,
  });
  return { table, delimiter, problems };
}

/** Text formats, after decoding (also pasted text). `json` is the parsed value when the text is JSON. */
export function readImportText(
  text: string,
  fileName: string,
  options: ReadOptions = {},
): FileRead {
  const first = text.trimStart()[0];
  if (first === '{' || first === '[' || /\.json$/i.test(fileName)) {
    const parsed = safeJsonParse(text);
    if (!parsed.ok) return { format: 'org', text, problems: [parsed.problem] };
    const list = readJsonList(parsed.value);
    if (list) return { format: list.kind, text, table: list.table, problems: parsed.problems };
    return { format: 'org', text, json: parsed.value, problems: parsed.problems };
  }
  if (/\.ldif$/i.test(fileName) || looksLikeLdif(text)) {
    const { table, skipped } = readLdif(text);
    const problems =
      skipped > 0
        ? [
            warning(
              'ldif-entries-skipped',
              `${skipped} entries that are not people (organisational units, groups, computers) were left out.`,
              `${skipped} entrées qui ne sont pas des personnes (unités, groupes, ordinateurs) ont été laissées de côté.`,
            ),
          ]
        : [];
    return { format: 'ldif', text, table, problems };
  }
  return { format: 'csv', text, ...readCsv(text, options.delimiter) };
}

/** A file's bytes: spreadsheets by their signature, anything else decoded then read as text. */
export function readImportBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): FileRead {
  const kind = spreadsheetKind(bytes, fileName);
  if (kind) {
    try {
      const problems: Problem[] = [];
      const { table, sheetNames, sheet } = readSpreadsheet(bytes, options.sheet, problems);
      return { format: kind, table, sheet, sheetNames, problems };
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return {
        format: kind,
        problems: [
          {
            path: '$',
            severity: 'error',
            code: 'unreadable-spreadsheet',
            message: {
              en: `The spreadsheet could not be read (${detail}). Save it again as .xlsx or .csv and retry.`,
              fr: `Le classeur n’a pas pu être lu (${detail}). Enregistrez-le à nouveau en .xlsx ou .csv et réessayez.`,
            },
          },
        ],
      };
    }
  }
  const { text, ...encoding } = decodeText(bytes, options.encoding);
  const read = readImportText(text, fileName, options);
  const replaced = text.includes('\uFFFD');
  return {
    ...read,
    encoding,
    problems: replaced
      ? [
          ...read.problems,
          warning(
            'encoding-replacement',
            `Some characters could not be read as ${encoding.encoding}: choose the file's encoding.`,
            `Certains caractères n’ont pas pu être lus en ${encoding.encoding} : choisissez l’encodage du fichier.`,
          ),
        ]
      : read.problems,
  };
}
