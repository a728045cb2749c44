/**
 * The hint the page's first script reads to know a later start without asking `databases()`:
 * set once a version is stored, read back; a browser with no storage only loses the shortcut.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteStored, STORED_HINT_KEY, storedHint } from '../../src/db/firstVisit';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('the stored hint', () => {
  it('is absent at first, and present once a version was stored', () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    expect(storedHint()).toBe(false);
    noteStored();
    expect(storage.getItem(STORED_HINT_KEY)).toBe('1');
    expect(storedHint()).toBe(true);
  });

  it('never throws where storage is refused: the start only asks databases() as before', () => {
    const refusing = {
      ...memoryStorage(),
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    vi.stubGlobal('localStorage', refusing);
    expect(() => noteStored()).not.toThrow();
    expect(storedHint()).toBe(false);
  });
});
