/**
 * The paper last printed on, kept on this device: the next print of the chart or of the RACI
 * matrix starts from it (both prints share it, so a user chooses their paper once).
 */
import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import type { Orientation, PaperSize } from '../domain/paper';

/** Do not change without a migration: the user's choices are stored under this key. */
export const PRINT_PREFS_STORAGE_KEY = 'wayfinder.printPrefs';
/** Where the paper was kept before it had a store of its own (inside the chart's preferences). */
const LEGACY_KEY = 'wayfinder.chartPrefs';

export interface PrintSettings {
  paper: PaperSize;
  orientation: Orientation;
  /** Pages side by side (chart only); `undefined`: as few as keep the text readable. */
  pagesAcross: number | undefined;
}

export interface PrintPrefsState {
  print: PrintSettings;
  setPrint: (print: Partial<PrintSettings>) => void;
}

export const DEFAULT_PRINT: PrintSettings = {
  paper: 'A4',
  orientation: 'landscape',
  pagesAcross: undefined,
};

/**
 * localStorage, but a first read with nothing under our key takes the paper from the chart's
 * preferences, where earlier versions kept it, and saves it under our key at once: the chart's
 * store drops it the next time it saves, and the user's paper must not go with it.
 */
export const printStorage = (local: () => Storage): StateStorage => ({
  getItem: (name) => {
    const own = local().getItem(name);
    if (own !== null) return own;
    try {
      const legacy = JSON.parse(local().getItem(LEGACY_KEY) ?? 'null') as {
        state?: { print?: PrintSettings };
      } | null;
      const print = legacy?.state?.print;
      if (!print) return null;
      const value = JSON.stringify({ state: { print }, version: 1 });
      local().setItem(name, value);
      return value;
    } catch {
      return null; // unreadable old value: start from the defaults
    }
  },
  setItem: (name, value) => local().setItem(name, value),
  removeItem: (name) => local().removeItem(name),
});

export const usePrintPrefsStore = create<PrintPrefsState>()(
  persist(
    (set) => ({
      print: DEFAULT_PRINT,
      setPrint: (print) => set((s) => ({ print: { ...s.print, ...print } })),
    }),
    {
      name: PRINT_PREFS_STORAGE_KEY,
      version: 1,
      // localStorage can be missing or disabled (privacy mode): then nothing is remembered.
      storage: createJSONStorage(() => printStorage(() => localStorage)),
      partialize: (s) => ({ print: s.print }),
    },
  ),
);

export const selectPrintSettings = (s: PrintPrefsState) => s.print;
