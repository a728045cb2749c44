/**
 * Command-line validator for HR's own pipeline: the same checks as the app's import.
 *
 *   npm run validate -- path/to/org.json [--lang fr] [--json]
 *
 * Prints one line per problem like a compiler (`org.json:12:7: positions[3].reportsTo: error: …`,
 * with the `file:line:column:` prefix when the place in the text is known), then a summary line.
 * Exit code: 0 no errors (warnings allowed), 1 errors, 2 file unreadable or bad arguments.
 *
 * Other input formats plug in through `INPUT_FORMATS` (e.g. CSV with a column mapping:
 * `--csv people.csv --mapping mapping.json`): a format says which arguments select it and turns
 * them into a validation result.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseOrgText, sizeProblem } from '../src/domain/parseOrgFile';
import type { Problem } from '../src/domain/problems';
import type { ValidationResult } from '../src/domain/validate';
import { decodeText } from '../src/import/formats/decodeText';
import { analyseImport } from '../src/import/pipeline';
import { hasImportChoice, readImportChoice } from './importChoice';
import { csvFormat } from './validateCsv';

export interface CliIo {
  /** Reads a file as UTF-8 text; throws when it can't (missing, unreadable). */
  readFile(path: string): string;
  /** Reads a file's bytes (its encoding is detected as the admin page does). */
  readBytes?(path: string): Uint8Array;
  /** Writes a file (`--set-aside out.csv`). */
  writeFile?(path: string, text: string): void;
  /** Size in bytes, if known, so an oversized file is refused before it is read. */
  fileSize?(path: string): number;
  out(line: string): void;
  err(line: string): void;
}

export interface CliArgs {
  /** Positional arguments (files). */
  files: string[];
  /** `--name value` options; flags without a value map to 'true'. */
  options: Map<string, string>;
}

export interface InputFormat {
  /** What is being validated, for the summary line (a file name). */
  label(args: CliArgs): string;
  /** True when these arguments select this format. */
  matches(args: CliArgs): boolean;
  /** Reads and validates; throws only when input can't be read (exit code 2). */
  load(args: CliArgs, io: CliIo): CliResult;
}

/** What a format reports: the problems, and for tables the rows set aside (as the page lists them). */
export interface CliResult extends ValidationResult {
  setAside?: { rowNumber: number; code: string; reason: Problem['message'] }[];
}

const FLAGS = new Set([
  'json',
  'help',
  'no-reporting-lines',
  'scope-ids',
  'no-scope-ids',
  'no-vacancies',
  'no-team-emails',
  'no-self-top',
  'print-mapping',
]);

/** The org file (JSON), selected by a positional path. */
export const jsonFormat: InputFormat = {
  label: (args) => args.files[0] ?? '',
  matches: (args) => args.files.length === 1,
  load: (args, io) => {
    const path = args.files[0] ?? '';
    const tooBig = sizeProblem(io.fileSize?.(path) ?? 0);
    if (tooBig) return { problems: [tooBig] };
    if (hasImportChoice(args)) {
      // "Add to the current data" or the form's details: the admin page's own pipeline.
      const bytes = io.readBytes ? io.readBytes(path) : new TextEncoder().encode(io.readFile(path));
      const analysis = analyseImport({ bytes, fileName: path, ...readImportChoice(args, io) });
      return { problems: analysis.problems, ...(analysis.data ? { data: analysis.data } : {}) };
    }
    // Bytes through the admin page's decoder: a UTF-16 or Windows-1252 file reads the same here.
    return parseOrgText(io.readBytes ? decodeText(io.readBytes(path)).text : io.readFile(path));
  },
};

/** Formats tried in order; add new ones (CSV…) before `jsonFormat`. */
export const INPUT_FORMATS: InputFormat[] = [csvFormat, jsonFormat];

export function parseArgs(argv: readonly string[]): CliArgs {
  const files: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--')) {
      const [name = '', inline] = arg.slice(2).split('=', 2);
      if (inline !== undefined) options.set(name, inline);
      else if (FLAGS.has(name) || i + 1 >= argv.length) options.set(name, 'true');
      else options.set(name, argv[++i] ?? '');
    } else files.push(arg);
  }
  return { files, options };
}

const USAGE = `Usage: npm run validate -- <org.json> [--lang en|fr] [--json]
       npm run validate -- <people.csv|.xlsx|.xls|.ods|.ldif> | --csv <file> | --list <people.json>
            [--mapping <mapping.json>] [--set-aside <out.csv>] [--print-mapping]
            [--encoding utf-8|utf-16le|utf-16be|windows-1252] [--delimiter ","|";"|tab|"|"] [--sheet <name>]
            [--top-markers "XX,0"] [--scope-ids|--no-scope-ids] [--no-vacancies] [--no-team-emails]
            [--no-self-top] [--no-reporting-lines]
       either form: [--add-to <current.json>] [--org-name-en <name>] [--org-name-fr <nom>]
            [--data-date YYYY-MM-DD] [--help-email <address>] [--owner-email <address>]
Checks a Wayfinder org file or an HR export and lists every problem; for exports, prints how the
file was read, the columns used and each proposal (applied as detected unless a flag says no).
By default the file is checked alone ("Start my organisation from this file"); --add-to checks it
laid over an org file, as "Add to the current data" does on the admin page.
Exit code 0: no errors; 1: errors (a file with no manager column too, unless --no-reporting-lines); 2: unreadable file.`;

const WORDS = {
  en: {
    error: 'error',
    warning: 'warning',
    count: (n: number, one: 'error' | 'warning') => `${n} ${one}${n === 1 ? '' : 's'}`,
    ok: 'no problems found',
    setAside: 'set aside',
    rows: (n: number) => `${n} ${n === 1 ? 'row' : 'rows'} set aside`,
  },
  fr: {
    error: 'erreur',
    warning: 'avertissement',
    count: (n: number, one: 'error' | 'warning') =>
      `${n} ${one === 'error' ? 'erreur' : 'avertissement'}${n > 1 ? 's' : ''}`,
    ok: 'aucun problème',
    setAside: 'mise de côté',
    rows: (n: number) => `${n} ${n > 1 ? 'lignes mises' : 'ligne mise'} de côté`,
  },
};

/**
 * `path: severity: message`, prefixed with `file:line:column:` when the problem was located in
 * the text (editors and CI log viewers turn that prefix into a link).
 */
export function formatProblem(p: Problem, file: string, lang: 'en' | 'fr'): string {
  const where = [
    ...(p.line !== undefined ? [`${file}:${p.line}:${p.column ?? 1}`] : []),
    ...(p.path !== '$' || p.line === undefined ? [p.path] : []),
  ].join(': ');
  return `${where}: ${WORDS[lang][p.severity]}: ${p.message[lang]}`;
}

export function runValidateCli(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv);
  if (args.options.has('help')) {
    io.out(USAGE);
    return 0;
  }
  const lang = args.options.get('lang') === 'fr' ? 'fr' : 'en';
  const format = INPUT_FORMATS.find((f) => f.matches(args));
  if (!format) {
    io.err(USAGE);
    return 2;
  }
  const label = format.label(args);
  let result: CliResult;
  try {
    result = format.load(args, io);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    io.err(
      lang === 'fr'
        ? `${label}: impossible de lire le fichier (${reason})`
        : `${label}: cannot read the file (${reason})`,
    );
    return 2;
  }
  // The same counts as the admin page: errors and warnings of the file, and the rows set aside
  // (the page applies the rest; a pipeline still hears of each row left out: exit 1).
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const setAside = result.setAside ?? [];
  const w = WORDS[lang];
  if (args.options.has('json')) {
    io.out(
      JSON.stringify(
        {
          file: label,
          errors,
          warnings,
          setAside: setAside.length,
          problems: result.problems,
          setAsideRows: setAside,
        },
        null,
        2,
      ),
    );
  } else {
    for (const p of result.problems) io.out(formatProblem(p, label, lang));
    for (const s of setAside) io.out(`row ${s.rowNumber}: ${w.setAside}: ${s.reason[lang]}`);
    io.out(
      result.problems.length === 0 && setAside.length === 0
        ? `${label}: ${w.ok}`
        : `${label}: ${w.count(errors, 'error')}, ${w.count(warnings, 'warning')}${setAside.length > 0 ? `, ${w.rows(setAside.length)}` : ''}`,
    );
  }
  return errors > 0 || setAside.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runValidateCli(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, 'utf8'),
    readBytes: (path) => new Uint8Array(readFileSync(path)),
    writeFile: (path, text) => writeFileSync(path, text),
    fileSize: (path) => statSync(path).size,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
