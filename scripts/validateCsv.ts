/**
 * CSV and JSON people lists for the command-line validator: the same mapping and validation as
 * the admin page's import (`analyseImport`). Selected by `--csv <file>`, a positional `.csv`/`.tsv`
 * file, or `--mapping <mapping.json>`, or `--list <file>` (a JSON people list, e.g. SCIM users).
 *
 *   npm run validate -- people.csv                          # headings recognised by themselves
 *   npm run validate -- --csv people.csv --mapping map.json # explicit mapping
 *
 * The mapping file: `{ "columns": { "id": "Employee ID", "name": "Full Name",
 * "manager": "Manager's Email", … }, "managerMatch": "email" }` (fields: id, name, firstName,
 * lastName, title, manager, email, phone, chat, unit, location).
 */
import { MAPPED_FIELDS, readMappingJson, type ColumnMapping } from '../src/import/columnMapping';
import { analyseImport } from '../src/import/pipeline';
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

/** "name ← Full Name, manager ← Manager's Email (by e-mail)": what was used, for the log. */
export function describeMapping(mapping: ColumnMapping): string {
  const parts = MAPPED_FIELDS.flatMap((f) => {
    const column = mapping.columns[f];
    return column === undefined ? [] : [`${f} ← ${column}`];
  });
  return `${parts.join(', ')}${mapping.columns.manager ? ` (managers by ${mapping.managerMatch})` : ''}`;
}

export const csvFormat: InputFormat = {
  label: fileOf,
  matches: (args) =>
    args.options.has('csv') ||
    args.options.has('mapping') ||
    args.options.has('list') ||
    (args.files.length === 1 && /\.(csv|tsv|txt)$/i.test(args.files[0] ?? '')),
  load: (args, io) => {
    const path = fileOf(args);
    const mapping = readMapping(args, io);
    const analysis = analyseImport({
      text: io.readFile(path),
      fileName: path,
      ...(mapping ? { mapping } : {}),
    });
    if (analysis.flat) io.err(`${path}: columns: ${describeMapping(analysis.flat.mapping)}`);
    return { problems: analysis.problems, ...(analysis.data ? { data: analysis.data } : {}) };
  },
};
