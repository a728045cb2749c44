/**
 * Lays out the open part of the chart whenever it changes, keeping the previous layout on
 * screen meanwhile (no flash). Moves the expand-all progress from "laying out" to "drawing".
 */
import { useEffect, useState } from 'react';
import type { OrgIndex } from '../../domain/orgIndex';
import { computeChartLayout, type ChartLayout } from '../../layout/chartLayout';
import { structureHash } from '../../layout/layoutCacheKey';
import { LayoutCancelled } from '../../layout/layoutClient';
import type { OrgTree } from '../../layout/orgTree';
import type { Direction } from '../../layout/types';
import { useChartStore } from '../../store/chartStore';

export interface LayoutState {
  layout: ChartLayout | undefined;
  busy: boolean;
  error: string | undefined;
}

export function useChartLayout(
  index: OrgIndex | undefined,
  tree: OrgTree | undefined,
  expanded: ReadonlySet<string> | undefined,
  direction: Direction,
): LayoutState {
  const [state, setState] = useState<LayoutState>({
    layout: undefined,
    busy: true,
    error: undefined,
  });

  useEffect(() => {
    if (!index || !tree || !expanded) return;
    let live = true;
    setState((s) => (s.busy ? s : { ...s, busy: true }));
    // Expand all shows progress until its layout is drawn: an instant preview would be built,
    // mounted and replaced within a second, two full builds of the chart where one will do.
    const expandingAll = useChartStore.getState().progress?.phase === 'layout';
    computeChartLayout({
      index,
      tree,
      expanded,
      direction,
      dataHash: structureHash(index.data.positions),
      onPreview: expandingAll
        ? undefined
        : (layout) => {
            if (live) setState({ layout, busy: true, error: undefined });
          },
    })
      .then((layout) => {
        if (!live) return;
        setState({ layout, busy: false, error: undefined });
        const { progress, setProgress } = useChartStore.getState();
        // `useChartFlow` ends the progress once the chart built from this layout is painted.
        if (progress?.phase === 'layout') setProgress({ ...progress, phase: 'drawing' });
      })
      .catch((error: unknown) => {
        if (!live || error instanceof LayoutCancelled) return;
        setState((s) => ({ ...s, busy: false, error: String(error) }));
        useChartStore.getState().setProgress(undefined);
      });
    return () => {
      live = false;
    };
  }, [index, tree, expanded, direction]);

  return state;
}
