/** What the sheet worker refuses to read (shared by the page, which checks before sending). */

/** Bigger files are not read (a RACI matrix of 10k positions is a few megabytes). */
export const MAX_SHEET_FILE_BYTES = 50 * 1024 * 1024;

/** Not a workbook SheetJS can open, nor a CSV; or larger than the limit. */
export class UnreadableSheetFile extends Error {
  override name = 'UnreadableSheetFile';
}
