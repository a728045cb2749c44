/**
 * Edit mode as the views see it, kept apart from `editorStore` so the shell and the eager pages
 * do not load the editor (zod, validation, operations) until HR switches editing on:
 * `editing`, and the org index of the draft, which views show instead of the published data.
 */
import { create } from 'zustand';
import { EDITING_ENABLED } from '../app/buildFlags';
import type { OrgIndex } from '../domain/orgIndex';
import { selectOrgIndex, useOrgStore } from './orgStore';

const MODE_KEY = 'wayfinder.editing';

function savedMode(): boolean {
  try {
    return EDITING_ENABLED && localStorage.getItem(MODE_KEY) === '1';
  } catch {
    return false;
  }
}

export interface EditModeState {
  editing: boolean;
  draftIndex: OrgIndex | undefined;
  setEditing: (on: boolean) => void;
  setDraftIndex: (index: OrgIndex | undefined) => void;
}

export const useEditModeStore = create<EditModeState>()((set) => ({
  editing: savedMode(),
  draftIndex: undefined,
  setEditing: (on) => {
    const editing = on && EDITING_ENABLED;
    try {
      if (editing) localStorage.setItem(MODE_KEY, '1');
      else localStorage.removeItem(MODE_KEY);
    } catch {
      // No storage (private mode): edit mode lasts for this page only.
    }
    set({ editing, ...(editing ? {} : { draftIndex: undefined }) });
  },
  setDraftIndex: (draftIndex) => set({ draftIndex }),
}));

export const selectEditMode = (s: EditModeState) => s.editing;
const selectDraftIndex = (s: EditModeState) => (s.editing ? s.draftIndex : undefined);

/** The index the views show: the draft's in edit mode, else the published data's. */
export function useShownIndex(): OrgIndex | undefined {
  const draft = useEditModeStore(selectDraftIndex);
  const published = useOrgStore(selectOrgIndex);
  return draft ?? published;
}
