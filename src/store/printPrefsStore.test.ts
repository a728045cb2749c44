import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A Map-backed localStorage, the one thing the stores need from a browser. */
function fakeStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

const LEGACY = JSON.stringify({
  state: { showCounts: true, print: { paper: 'A3', orientation: 'portrait', pagesAcross: 3 } },
  version: 1,
});

describe('the paper kept on this device', () => {
  let storage: Storage;
  beforeEach(() => {
    storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    vi.resetModules();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('starts on A4 landscape when nothing was kept', async () => {
    const { usePrintPrefsStore } = await import('./printPrefsStore');
    expect(usePrintPrefsStore.getState().print).toEqual({
      paper: 'A4',
      orientation: 'landscape',
      pagesAcross: undefined,
    });
  });

  it('takes the paper kept with the chart preferences by earlier versions, and keeps it', async () => {
    storage.setItem('wayfinder.chartPrefs', LEGACY);
    const { usePrintPrefsStore } = await import('./printPrefsStore');
    expect(usePrintPrefsStore.getState().print).toEqual({
      paper: 'A3',
      orientation: 'portrait',
      pagesAcross: 3,
    });
    // The chart's store saves without the paper; the paper must survive the next start.
    const { useChartPrefsStore } = await import('./chartPrefsStore');
    expect(useChartPrefsStore.getState().showCounts).toBe(true);
    expect(useChartPrefsStore.getState()).not.toHaveProperty('print');
    useChartPrefsStore.getState().setShowCounts(false);
    expect(storage.getItem('wayfinder.chartPrefs')).not.toContain('A3');
    vi.resetModules();
    const again = await import('./printPrefsStore');
    expect(again.usePrintPrefsStore.getState().print.paper).toBe('A3');
  });

  it('prefers its own key, and saves a change there', async () => {
    storage.setItem('wayfinder.chartPrefs', LEGACY);
    storage.setItem(
      'wayfinder.printPrefs',
      JSON.stringify({
        state: { print: { paper: 'Letter', orientation: 'landscape' } },
        version: 1,
      }),
    );
    const { usePrintPrefsStore } = await import('./printPrefsStore');
    expect(usePrintPrefsStore.getState().print.paper).toBe('Letter');
    usePrintPrefsStore.getState().setPrint({ orientation: 'portrait' });
    expect(JSON.parse(storage.getItem('wayfinder.printPrefs')!)).toMatchObject({
      state: { print: { paper: 'Letter', orientation: 'portrait' } },
    });
  });

  it('ignores an unreadable old value', async () => {
    storage.setItem('wayfinder.chartPrefs', '{not json');
    const { usePrintPrefsStore } = await import('./printPrefsStore');
    expect(usePrintPrefsStore.getState().print.paper).toBe('A4');
  });
});
