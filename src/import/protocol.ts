/** The lists of the org data, sent back in slices after an apply (see importHandlers.ts). */
export type ListKey = 'units' | 'positions' | 'people' | 'topics';
export const LIST_KEYS: readonly ListKey[] = ['units', 'positions', 'people', 'topics'];
