/**
 * "I'm new": the position the user chose, and its unit, remembered on this device.
 * The unit is the user's own unit: search uses it to rank Responsible positions nearby
 * (`getPreferredUnitId()` / `selectPreferredUnitId`).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** Do not change without a migration: the user's choice is stored under this key. */
export const ONBOARDING_STORAGE_KEY = 'wayfinder.onboarding';

export interface OnboardingState {
  positionId: string | undefined;
  /** The chosen position's unit: the user's own unit. */
  unitId: string | undefined;
  choosePosition: (positionId: string, unitId: string | undefined) => void;
  forget: () => void;
}

export const useOnboardingStore = create<OnboardingState>()(
  persist(
    (set) => ({
      positionId: undefined,
      unitId: undefined,
      choosePosition: (positionId, unitId) => set({ positionId, unitId }),
      forget: () => set({ positionId: undefined, unitId: undefined }),
    }),
    {
      name: ONBOARDING_STORAGE_KEY,
      version: 1,
      // localStorage can be missing or disabled (privacy mode): then nothing is remembered.
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ positionId: s.positionId, unitId: s.unitId }),
    },
  ),
);

export const selectChosenPositionId = (s: OnboardingState) => s.positionId;
export const selectPreferredUnitId = (s: OnboardingState) => s.unitId;

/** The user's own unit, for code outside React (e.g. the search ranking). */
export function getPreferredUnitId(): string | undefined {
  return useOnboardingStore.getState().unitId;
}
