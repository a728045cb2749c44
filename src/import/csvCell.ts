/**
 * How one cell is written to our CSV exports and read back by the CSV import, so that importing
 * an export changes nothing (issue 13): `unguardCsvCell(guardCsvCell(v)) === v` for every string.
 *
 * A cell is written with a leading apostrophe ("guarded") when it would otherwise be read as
 * something else:
 * - a spreadsheet would run it as a formula (OWASP "CSV injection"): `=`, `@`, tab, carriage
 *   return, and `+` / `-` unless the rest is only digits, spaces and phone punctuation
 *   (`+33 1 23 45 67 89` stays as it is);
 * - the import would change it: spaces (or any white space) before or after, which the import
 *   trims from hand-made files; in a contact column, a "not disclosed" word (`-`, `N/A`) the
 *   import would drop;
 * - it starts with an apostrophe itself, so that the guard is never ambiguous.
 * Spreadsheets show a leading apostrophe as "this is text". On import, a guarded cell is taken
 * exactly as written after the apostrophe (`literal`): not trimmed, not read as a placeholder.
 */
import { CONTACT_PLACEHOLDER } from './placeholder';

const FORMULA_START = /^[=@\t\r]|^[+-](?![\d\s().\-/]*$)/;

/** A cell a spreadsheet would run as a formula (what the guard protects, and the sheet import refuses). */
export const looksLikeFormula = (value: string): boolean => FORMULA_START.test(value);

function needsGuard(value: string): boolean {
  return FORMULA_START.test(value) || value.startsWith("'") || value !== value.trim();
}

/**
 * The cell as written to a CSV export. `contact`: an e-mail, phone or chat cell, where the
 * import reads `-` or `N/A` as "not disclosed".
 */
export function guardCsvCell(value: string, column: 'text' | 'contact' = 'text'): string {
  const guard = needsGuard(value) || (column === 'contact' && CONTACT_PLACEHOLDER.test(value));
  return guard ? `'${value}` : value;
}

/**
 * A raw cell of an imported CSV carries our guard: it is read exactly, apostrophe dropped. (The
 * import cannot tell our contact columns from others, so `'-` is read as `-` in any column.)
 */
export function isGuardedCsvCell(raw: string): boolean {
  const rest = raw.slice(1);
  return raw.startsWith("'") && (needsGuard(rest) || CONTACT_PLACEHOLDER.test(rest));
}

/**
 * A raw cell of an imported CSV as the import reads it: a guarded cell without its apostrophe
 * and otherwise exactly; any other cell trimmed (hand-made files pad cells), and a padded
 * formula guard (`  '=SUM(A1) `, from another tool) dropped too.
 */
export function unguardCsvCell(raw: string): string {
  if (isGuardedCsvCell(raw)) return raw.slice(1);
  const trimmed = raw.trim();
  return trimmed.startsWith("'") && FORMULA_START.test(trimmed.slice(1))
    ? trimmed.slice(1)
    : trimmed;
}
