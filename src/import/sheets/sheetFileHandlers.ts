/** Reading and writing sheet files, as handlers (`src/workers/`): in the sheet worker, or on the page. */
import { transferring } from '../../workers/protocol';
import type { Sheet } from './cells';
import { readSheetFile, writeWorkbook } from './sheetFiles';

export const sheetFileHandlers = {
  read: (input: { bytes: Uint8Array; fileName: string }) =>
    readSheetFile(input.bytes, input.fileName),
  writeXlsx: (sheets: Sheet[]) => {
    const bytes = writeWorkbook(sheets);
    return transferring(bytes, [bytes.buffer]);
  },
};
