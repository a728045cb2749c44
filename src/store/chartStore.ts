/**
 * View state of the chart: what is open, selected and highlighted, the direction and whether
 * dotted lines show. Never written into the org data (STYLE.md practice 2).
 */
import { create } from 'zustand';
import type { OrgIndex } from '../domain/orgIndex';
import type { Direction } from '../layout/types';

export interface ExpandProgress {
  phase: 'layout' | 'drawing';
  count: number;
  undo: ReadonlySet<string>;
}

export interface ChartState {
  /** Positions whose reports are shown; `undefined` until the first view is chosen. */
  expanded: ReadonlySet<string> | undefined;
  /** The data `expanded` belongs to: a new data version starts a new first view. */
  expandedFor: OrgIndex | undefined;
  selectedId: string | undefined;
  /** The reporting chain of the node shown by a deep link, to the top. */
  chain: ReadonlySet<string>;
  direction: Direction;
  showDotted: boolean;
  /** A node to bring into view (and focus) once it is laid out. */
  revealId: string | undefined;
  revealFocus: boolean;
  /**
   * Bumped to ask the view to frame the top levels once the chart of the current open set and
   * direction is drawn ("First view", a direction switch).
   */
  frameId: number;
  requestFrame: () => void;
  /** The card that stays still on screen when the layout changes (the one just toggled). */
  anchorId: string | undefined;
  setAnchor: (id: string | undefined) => void;
  /** Expand all in progress: shown with a Cancel button; `undo` is the open set to go back to. */
  progress: ExpandProgress | undefined;
  setProgress: (progress: ExpandProgress | undefined) => void;
  setExpanded: (expanded: ReadonlySet<string>, index: OrgIndex) => void;
  select: (id: string | undefined) => void;
  setChain: (chain: readonly string[]) => void;
  setDirection: (direction: Direction) => void;
  setShowDotted: (on: boolean) => void;
  reveal: (id: string | undefined, focus?: boolean) => void;
  reset: () => void;
}

const initial = {
  expanded: undefined,
  expandedFor: undefined,
  selectedId: undefined,
  chain: new Set<string>(),
  direction: 'DOWN' as Direction,
  showDotted: true,
  revealId: undefined,
  revealFocus: false,
  anchorId: undefined,
  progress: undefined,
  frameId: 0,
};

export const useChartStore = create<ChartState>()((set) => ({
  ...initial,
  setExpanded: (expanded, index) => set({ expanded, expandedFor: index }),
  select: (selectedId) => set({ selectedId }),
  setChain: (chain) => set({ chain: new Set(chain) }),
  // A new direction moves every card: the view frames the top again.
  setDirection: (direction) => set((s) => ({ direction, frameId: s.frameId + 1 })),
  requestFrame: () => set((s) => ({ frameId: s.frameId + 1 })),
  setShowDotted: (showDotted) => set({ showDotted }),
  reveal: (revealId, revealFocus = false) =>
    set(revealId ? { revealId, revealFocus, anchorId: revealId } : { revealId, revealFocus }),
  setProgress: (progress) => set({ progress }),
  setAnchor: (anchorId) => set({ anchorId }),
  reset: () => set(initial),
}));

export const selectExpanded = (s: ChartState) => s.expanded;
export const selectExpandedFor = (s: ChartState) => s.expandedFor;
export const selectSelectedId = (s: ChartState) => s.selectedId;
export const selectDirection = (s: ChartState) => s.direction;
export const selectShowDotted = (s: ChartState) => s.showDotted;
export const selectRevealId = (s: ChartState) => s.revealId;
export const selectChain = (s: ChartState) => s.chain;
export const selectProgress = (s: ChartState) => s.progress;
export const selectFrameId = (s: ChartState) => s.frameId;
