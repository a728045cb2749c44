/**
 * The chart's preferences kept on this device: whether cards show their team's counts, and
 * the paper the chart was last printed on (the next print starts from it).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** Do not change without a migration: the user's choices are stored under this key. */
export const CHART_PREFS_STORAGE_KEY = 'wayfinder.chartPrefs';

export type PaperSize = 'A4' | 'A3' | 'Letter';
export type Orientation = 'portrait' | 'landscape';

export interface PrintSettings {
  paper: PaperSize;
  orientation: Orientation;
  /** Pages side by side; `undefined`: as few as keep the text readable. */
  pagesAcross: number | undefined;
}

export interface ChartPrefsState {
  showCounts: boolean;
  print: PrintSettings;
  setShowCounts: (on: boolean) => void;
  setPrint: (print: Partial<PrintSettings>) => void;
}

export const DEFAULT_PRINT: PrintSettings = {
  paper: 'A4',
  orientation: 'landscape',
  pagesAcross: undefined,
};

export const useChartPrefsStore = create<ChartPrefsState>()(
  persist(
    (set) => ({
      showCounts: false,
      print: DEFAULT_PRINT,
      setShowCounts: (showCounts) => set({ showCounts }),
      setPrint: (print) => set((s) => ({ print: { ...s.print, ...print } })),
    }),
    {
      name: CHART_PREFS_STORAGE_KEY,
      version: 1,
      // localStorage can be missing or disabled (privacy mode): then nothing is remembered.
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ showCounts: s.showCounts, print: s.print }),
    },
  ),
);

export const selectShowCounts = (s: ChartPrefsState) => s.showCounts;
export const selectPrintSettings = (s: ChartPrefsState) => s.print;
