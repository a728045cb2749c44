/**
 * The rows set aside, as a CSV in the file's own columns (so HR fixes them and imports the file
 * again), with two columns added at the end: the row number in the original file and the reason.
 * The same bytes from the admin page's download and the CLI's `--set-aside out.csv`.
 */
import { guardCsvCell } from './csvCell';
import type { FlatInfo } from './analyseTable';

const quote = (value: string): string => {
  const v = guardCsvCell(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
};

export const SET_ASIDE_COLUMNS = {
  en: ['Row in the file', 'Why it was set aside'],
  fr: ['Ligne dans le fichier', 'Pourquoi elle a été mise de côté'],
} as const;

export function setAsideCsv(
  flat: Pick<FlatInfo, 'headings' | 'setAside'>,
  lang: 'en' | 'fr',
): string {
  const lines = [[...flat.headings, ...SET_ASIDE_COLUMNS[lang]].map(quote).join(',')];
  for (const row of flat.setAside) {
    lines.push([...row.cells, String(row.rowNumber), row.reason[lang]].map(quote).join(','));
  }
  // A BOM so that Excel opens the accents right.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
