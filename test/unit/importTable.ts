/**
 * The import's own first steps, for tests that look at one of them: a file's text read as the
 * admin page and the CLI read it (`readImportText`: CSV, JSON people lists, LDIF), its mapping
 * detected (`detect.ts`), and the table built into records (`buildFromTable`), before the merge
 * and validation that `analyseImport` adds.
 */
import { buildFromTable } from '../../src/import/buildFromTable';
import { detectMapping } from '../../src/import/detect';
import { readImportText } from '../../src/import/formats/readFile';
import type { FlatTable } from '../../src/import/formats/table';
import type { ColumnMapping } from '../../src/import/mapping';

/** The table of a people list's text, with the problems reading it found. */
export function readTable(text: string, fileName = 'people.csv') {
  const read = readImportText(text, fileName);
  if (!read.table) throw new Error(`${fileName} was read as ${read.format}, not as a table`);
  return { table: read.table, format: read.format, problems: read.problems };
}

/** The records built from `table` with `mapping` (detected when not given). */
export function buildTable(table: FlatTable, mapping: ColumnMapping = detectMapping(table)) {
  return { mapping, ...buildFromTable(table, mapping, { orgName: 'Test' }) };
}

/** Read, detect, build. */
export function buildList(text: string, fileName = 'people.csv') {
  const { table, problems: readProblems } = readTable(text, fileName);
  return { table, readProblems, ...buildTable(table) };
}
