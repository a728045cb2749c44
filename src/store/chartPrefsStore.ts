/**
 * The chart's preferences kept on this device: whether cards show their team's counts. (The
 * paper last printed on has its own store, printPrefsStore.ts, shared with the RACI print.)
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** Do not change without a migration: the user's choices are stored under this key. */
export const CHART_PREFS_STORAGE_KEY = 'wayfinder.chartPrefs';

export interface ChartPrefsState {
  showCounts: boolean;
  setShowCounts: (on: boolean) => void;
}

export const useChartPrefsStore = create<ChartPrefsState>()(
  persist(
    (set) => ({
      showCounts: false,
      setShowCounts: (showCounts) => set({ showCounts }),
    }),
    {
      name: CHART_PREFS_STORAGE_KEY,
      version: 1,
      // localStorage can be missing or disabled (privacy mode): then nothing is remembered.
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ showCounts: s.showCounts }),
      // Earlier versions kept the paper here too; printPrefsStore takes it from there. Only the
      // counts switch is read back, so an old `print` does not linger in this store's state.
      merge: (persisted, current) => ({
        ...current,
        showCounts:
          (persisted as Partial<ChartPrefsState> | undefined)?.showCounts ?? current.showCounts,
      }),
    },
  ),
);

export const selectShowCounts = (s: ChartPrefsState) => s.showCounts;
