/**
 * CSV formula injection guard (OWASP "CSV injection"): a spreadsheet opening our CSV export
 * would run a cell such as `=HYPERLINK(…)` or `@SUM(…)` typed into a name or title. Such cells
 * are written with a leading apostrophe, which spreadsheets show as text; our CSV import strips
 * it again so that importing an export changes nothing.
 *
 * `+` and `-` start formulas too, but also phone numbers (`+33 1 23 45 67 89`): those stay as
 * they are when the rest is only digits, spaces and phone punctuation.
 */
const FORMULA_START = /^[=@\t\r]|^[+-](?![\d\s().\-/]*$)/;
const GUARDED = /^'(?=[=@+\-\t\r])/;

/** The cell as written to a CSV export. */
export function guardCsvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A cell read from a CSV import: the apostrophe our export added is dropped. */
export function unguardCsvCell(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}
