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
  /**
   * Where the user works (`locationKey` of a person location), chosen on "I'm new" or the
   * home page: a Responsible there comes first in answers.
   */
  locationKey: string | undefined;
  choosePosition: (positionId: string, unitId: string | undefined) => void;
  chooseLocation: (locationKey: string | undefined) => void;
  forget: () => void;
}

export const useOnboardingStore = create<OnboardingState>()(
  persist(
    (set) => ({
      positionId: undefined,
      unitId: undefined,
      locationKey: undefined,
      choosePosition: (positionId, unitId) => set({ positionId, unitId }),
      chooseLocation: (locationKey) => set({ locationKey }),
      forget: () => set({ positionId: undefined, unitId: undefined }),
    }),
    {
      name: ONBOARDING_STORAGE_KEY,
      version: 1,
      // localStorage can be missing or disabled (privacy mode): then nothing is remembered.
      storage: createJSONStorage(() => localStorage),
      // A stored choice from before the location existed has none: nothing to migrate.
      partialize: (s) => ({
        positionId: s.positionId,
        unitId: s.unitId,
        locationKey: s.locationKey,
      }),
    },
  ),
);

export const selectChosenPositionId = (s: OnboardingState) => s.positionId;
export const selectPreferredUnitId = (s: OnboardingState) => s.unitId;
export const selectLocationKey = (s: OnboardingState) => s.locationKey;

/** The user's own unit, for code outside React (e.g. the search ranking). */
export function getPreferredUnitId(): string | undefined {
  return useOnboardingStore.getState().unitId;
}
