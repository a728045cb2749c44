/**
 * People lists for the command-line validator, read exactly as the admin page reads them:
 * bytes → `readImportBytes` (encoding, delimiter, sheet; CSV, XLSX/XLS/ODS, SCIM / Graph /
 * Google JSON, LDIF) → the detected mapping and its proposals → `analyseImport`.
 * Selected by `--csv <file>`, `--list <file>`, `--mapping <mapping.json>`, or a positional file
 * whose extension is that of a table (.csv .tsv .txt .xlsx .xls .ods .ldif).
 *
 *   npm run validate -- people.csv                          # headings recognised by themselves
 *   npm run validate -- --csv people.csv --mapping map.json # explicit mapping (and proposals)
 *   npm run validate -- organogram.csv --set-aside fix.csv  # write the rows set aside
 *
 * Proposals (printed on stderr) are accepted as detected; each can be overridden:
 * `--top-markers "XX,0"` (none: `--top-markers ""`), `--no-scope-ids`, `--no-vacancies`,
 * `--no-team-emails`, `--no-self-top`; `--add-to current.json` and the organisation details are
 * the page's import choice (see importChoice.ts); a file with no manager column fails (exit 1) unless
 * `--no-reporting-lines` is given. `--encoding utf-16le|utf-16be|utf-8|windows-1252`,
 * `--delimiter ";"|tab|"|"|","`, `--sheet <name>` choose how the file is read.
 * The mapping file: `{ "columns": { "id": "Employee ID", "manager": "Manager ID", … },
 * "managerMatch": "id", "topMarkers": ["XX"], "scopeIds": true, … }` (as `--print-mapping` writes it).
 */
import { describeFindings, describeMapping } from './describeImport';
import { readImportChoice } from './importChoice';
import { detectMapping } from '../src/import/detect';
import { isEncoding } from '../src/import/formats/decodeText';
import { isDelimiter } from '../src/import/formats/delimiter';
import { readImportBytes, type ReadOptions } from '../src/import/formats/readFile';
import { readMappingJson, type ColumnMapping } from '../src/import/mapping';
import { analyseImport } from '../src/import/pipeline';
import { setAsideCsv } from '../src/import/setAsideCsv';
import type { CliArgs, CliIo, InputFormat } from './validate';

const named = (args: CliArgs, name: string): string | undefined => {
  const value = args.options.get(name);
  return value === 'true' ? undefined : value;
};
const fileOf = (args: CliArgs): string =>
  named(args, 'csv') ?? named(args, 'list') ?? args.files[0] ?? '';

function readMapping(args: CliArgs, io: CliIo): ColumnMapping | undefined {
  const path = args.options.get('mapping');
  if (path === undefined || path === 'true') return undefined;
  const mapping = readMappingJson(JSON.parse(io.readFile(path)) as unknown);
  if (!mapping) throw new Error(`${path} is not a mapping file ({ "columns": { … } })`);
  return mapping;
}

function readOptions(args: CliArgs): ReadOptions {
  const out: ReadOptions = {};
  const encoding = named(args, 'encoding')?.toLowerCase();
  if (encoding !== undefined) {
    if (!isEncoding(encoding)) throw new Error(`unknown encoding "${encoding}"`);
    out.encoding = encoding;
  }
  const raw = named(args, 'delimiter');
  if (raw !== undefined) {
    const delimiter = raw === 'tab' || raw === '\\t' ? '\t' : raw;
    if (!isDelimiter(delimiter)) throw new Error(`unknown delimiter "${raw}"`);
    out.delimiter = delimiter;
  }
  const sheet = named(args, 'sheet');
  if (sheet !== undefined) out.sheet = sheet;
  return out;
}

/** The detected (or given) mapping with the command line's choices laid over it. */
function withFlags(mapping: ColumnMapping, args: CliArgs): ColumnMapping {
  const m: ColumnMapping = { ...mapping };
  const top = args.options.get('top-markers');
  if (top !== undefined) {
    const markers = (top === 'true' ? '' : top)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (markers.length > 0) m.topMarkers = markers;
    else delete m.topMarkers;
  }
  if (args.options.has('no-scope-ids')) delete m.scopeIds;
  if (args.options.has('scope-ids')) m.scopeIds = true;
  if (args.options.has('no-vacancies')) delete m.vacancyMarkers;
  if (args.options.has('no-team-emails')) delete m.teamEmails;
  if (args.options.has('no-self-top')) delete m.selfIsTop;
  if (args.options.has('no-reporting-lines')) m.noReportingLines = true;
  return m;
}

export const TABLE_EXTENSIONS = /\.(csv|tsv|txt|xlsx|xlsm|xls|ods|fods|ldif)$/i;

export const csvFormat: InputFormat = {
  label: fileOf,
  matches: (args) =>
    args.options.has('csv') ||
    args.options.has('mapping') ||
    args.options.has('list') ||
    (args.files.length === 1 && TABLE_EXTENSIONS.test(args.files[0] ?? '')),
  load: (args, io) => {
    const path = fileOf(args);
    const lang = args.options.get('lang') === 'fr' ? 'fr' : 'en';
    const bytes = io.readBytes ? io.readBytes(path) : new TextEncoder().encode(io.readFile(path));
    const read = readOptions(args);
    const given = readMapping(args, io);
    const choice = readImportChoice(args, io);
    // The same reading and detection as the admin page; then the flags.
    const file = readImportBytes(bytes, path, read);
    const detected = given ?? (file.table ? detectMapping(file.table) : undefined);
    const mapping = detected ? withFlags(detected, args) : undefined;
    const analysis = analyseImport({
      bytes,
      fileName: path,
      read,
      ...(mapping ? { mapping } : {}),
      ...choice,
    });
    if (file.encoding || file.delimiter || file.sheet !== undefined) {
      const how = [
        file.format,
        file.encoding ? `${file.encoding.encoding}${file.encoding.bom ? ' (BOM)' : ''}` : '',
        file.delimiter ? `delimiter ${JSON.stringify(file.delimiter)}` : '',
        file.sheet !== undefined ? `sheet "${file.sheet}" of ${file.sheetNames?.length ?? 1}` : '',
      ].filter(Boolean);
      io.err(`${path}: read as ${how.join(', ')}`);
    }
    if (analysis.flat) {
      io.err(`${path}: columns: ${describeMapping(analysis.flat.mapping)}`);
      for (const line of describeFindings(analysis.flat, lang)) io.err(`${path}: ${line}`);
      const out = named(args, 'set-aside');
      if (out !== undefined && io.writeFile) {
        io.writeFile(out, setAsideCsv(analysis.flat, lang));
        io.err(`${path}: ${analysis.flat.setAside.length} rows set aside written to ${out}`);
      }
      if (args.options.has('print-mapping')) io.out(JSON.stringify(analysis.flat.mapping, null, 2));
    }
    return {
      problems: analysis.problems,
      ...(analysis.data ? { data: analysis.data } : {}),
      setAside: (analysis.flat?.setAside ?? []).map((s) => ({
        rowNumber: s.rowNumber,
        code: s.code,
        reason: s.reason,
      })),
    };
  },
};
