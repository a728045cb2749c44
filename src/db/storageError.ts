/**
 * What a failed IndexedDB call means for the user, in plain words instead of the library's text
 * (Dexie's "IndexedDB API missing. Please visit https://tinyurl.com/…" reached the notice).
 * Dexie wraps the browser's DOMException (`inner`), and errors from the import worker arrive
 * as a name and message only, so all three are looked at.
 */
export type StorageFailure = 'full' | 'unavailable' | 'failed';

const FULL = /QuotaExceeded|quota/i;
const UNAVAILABLE =
  /MissingAPI|IndexedDB API missing|OpenFailed|InvalidState|SecurityError|DatabaseClosed|access.*denied|not allowed/i;

export function storageFailure(e: unknown): StorageFailure {
  const parts: string[] = [];
  let cur: unknown = e;
  for (let depth = 0; depth < 4 && cur !== null && typeof cur === 'object'; depth++) {
    const { name, message } = cur as { name?: unknown; message?: unknown };
    if (typeof name === 'string') parts.push(name);
    if (typeof message === 'string') parts.push(message);
    cur = (cur as { inner?: unknown }).inner;
  }
  if (typeof e === 'string') parts.push(e);
  const text = parts.join(' ');
  if (FULL.test(text)) return 'full';
  if (UNAVAILABLE.test(text)) return 'unavailable';
  return 'failed';
}
