/**
 * The page's way to the sheet worker: `readSheets(file)` and `xlsxOf(sheets)`. The module is
 * loaded only when HR exports or imports a sheet, so SheetJS is never in a first visit's
 * bundle; one worker per call (the round trip is rare, and the worker's memory goes with it).
 * An unreadable file comes back as `UnreadableSheetFile` from the worker or the page fallback.
 */
import { createWorkerClient } from '../../workers/workerClient';
import type { Sheet } from './cells';
import type { sheetFileHandlers } from './sheetFileHandlers';
import { MAX_SHEET_FILE_BYTES, UnreadableSheetFile } from './sheetFileLimits';

export { MAX_SHEET_FILE_BYTES, UnreadableSheetFile };

async function withWorker<T>(run: (client: ReturnType<typeof start>) => Promise<T>): Promise<T> {
  const client = start();
  try {
    return await run(client);
  } finally {
    client.terminate();
  }
}

const start = () =>
  createWorkerClient<typeof sheetFileHandlers>({
    start: () => new Worker(new URL('./sheetFile.worker.ts', import.meta.url), { type: 'module' }),
    // SheetJS reaches the page only when no worker can run.
    fallback: () => import('./sheetFileHandlers').then((m) => m.sheetFileHandlers),
  });

export async function readSheets(file: File): Promise<Sheet[]> {
  if (file.size > MAX_SHEET_FILE_BYTES) throw new UnreadableSheetFile(file.name);
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return await withWorker((c) => c.call('read', { bytes, fileName: file.name }));
  } catch (e) {
    // The worker's error arrives as a plain error with its name.
    if (e instanceof Error && e.name === 'UnreadableSheetFile')
      throw new UnreadableSheetFile(file.name);
    throw e;
  }
}

export function xlsxOf(sheets: Sheet[]): Promise<Uint8Array> {
  return withWorker((c) => c.call('writeXlsx', sheets));
}
