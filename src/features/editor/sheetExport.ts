/**
 * Exporting the round trip's sheets from the draft (what HR edits): the RACI matrix or the
 * service catalogue, as XLSX (written in the sheet worker) or CSV (UTF-8 with a BOM so Excel
 * reads accents, every cell guarded as `csvCell.ts` says so a spreadsheet never runs one).
 */
import i18n from 'i18next';
import Papa from 'papaparse';
import { downloadBlob, downloadText, exportFileName } from '../../components/download';
import { todayIso } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import type { OrgData } from '../../domain/types';
import { guardCsvCell } from '../../import/csvCell';
import type { SheetKind } from '../../import/sheets/sheetEdit';
import { raciSheetRows } from '../../import/sheets/raciSheet';
import { CONTACT_HEADINGS } from '../../import/sheets/serviceColumns';
import { serviceSheetRows } from '../../import/sheets/serviceSheet';
import { SERVICE_HEADINGS, type SheetHeadings } from '../../import/sheets/sheetHeadings';

export type SheetFormat = 'xlsx' | 'csv';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The headings of a language, from the translations (`editor:sheet.heading`). */
export const headingsIn = (lang: string): SheetHeadings =>
  i18n.getFixedT(lang, 'editor')('sheet.heading', { returnObjects: true }) as SheetHeadings;

/** Both languages' headings: a file is read back whatever language it was exported in. */
export const readHeadings = (): SheetHeadings[] => [headingsIn('en'), headingsIn('fr')];

const contactColumns = (kind: SheetKind): ReadonlySet<number> =>
  kind === 'raci'
    ? new Set()
    : new Set(SERVICE_HEADINGS.flatMap((h, i) => (CONTACT_HEADINGS.has(h) ? [i] : [])));

export async function exportSheet(
  data: OrgData,
  kind: SheetKind,
  format: SheetFormat,
  lang: string,
): Promise<void> {
  const headings = headingsIn(lang);
  const rows =
    kind === 'raci' ? raciSheetRows(data, headings, lang) : serviceSheetRows(data, headings);
  const name = i18n.getFixedT(lang, 'editor')(`sheet.name.${kind}`);
  const fileName = exportFileName(
    `${localize(data.organisation.name, lang)} ${name}`,
    todayIso(),
    format,
  );
  if (format === 'csv') {
    const contact = contactColumns(kind);
    const guarded = rows.map((r) =>
      r.map((cell, i) => guardCsvCell(cell, contact.has(i) ? 'contact' : 'text')),
    );
    downloadText(`\uFEFF${Papa.unparse(guarded, { newline: '\r\n' })}`, fileName, 'text/csv');
    return;
  }
  const { xlsxOf } = await import('../../import/sheets/sheetFileClient');
  const bytes = await xlsxOf([{ name, rows }]);
  downloadBlob(new Blob([bytes as BlobPart], { type: XLSX_TYPE }), fileName);
}
