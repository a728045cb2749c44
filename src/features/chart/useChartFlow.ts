/**
 * React Flow nodes and edges for the current layout. Small charts are built at once, before
 * paint; big ones (expand all at 10k) in time slices, keeping the previous chart on screen
 * meanwhile, so the page never freezes for the whole build. Ends the expand-all progress once
 * the new chart is painted.
 */
import { useLayoutEffect, useState } from 'react';
import type { OrgIndex } from '../../domain/orgIndex';
import type { ChartLayout } from '../../layout/chartLayout';
import { runSliced } from '../../domain/steps';
import { toFlow, toFlowSliced, type ChartFlow, type FlowOptions } from '../../layout/flow';
import type { OrgTree } from '../../layout/orgTree';
import { useChartStore } from '../../store/chartStore';
import { setWindowIndex, WINDOW_MIN_NODES, windowIndexSteps } from './nodeWindow';

/** Up to this many boxes the build takes a few ms: no slicing, no frame with the old chart. */
const SYNC_BOXES = 600;

const afterPaint = (fn: () => void) =>
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(fn, 0)));

function endProgressAfterPaint() {
  const { progress } = useChartStore.getState();
  if (progress?.phase !== 'drawing') return;
  afterPaint(() => {
    const { progress: now, setProgress } = useChartStore.getState();
    if (now?.phase === 'drawing') setProgress(undefined);
  });
}

export function useChartFlow(
  index: OrgIndex | undefined,
  tree: OrgTree | undefined,
  layout: ChartLayout | undefined,
  options: Omit<FlowOptions, 'expanded'> | undefined,
): ChartFlow | undefined {
  const [flow, setFlow] = useState<ChartFlow>();
  const language = options?.language;
  const today = options?.today;
  const showDotted = options?.showDotted;
  const vacantLabel = options?.vacantLabel;
  const headcountLabel = options?.headcountWords?.headcount;
  const fteLabel = options?.headcountWords?.fte;

  useLayoutEffect(() => {
    if (!index || !tree || !layout || language === undefined) return;
    const all = {
      language,
      today: today ?? '',
      showDotted: showDotted ?? true,
      vacantLabel: vacantLabel ?? '',
      headcountWords: { headcount: headcountLabel ?? '', fte: fteLabel ?? '' },
      expanded: layout.expanded,
    };
    // Expand all (progress shown) is sliced at any size: at 1k (about 300 boxes) its build
    // would share one task with React Flow taking the new nodes.
    const expandingAll = useChartStore.getState().progress !== undefined;
    if (layout.scene.boxes.length <= SYNC_BOXES && !expandingAll) {
      setFlow(toFlow(index, tree, layout.scene, layout.positions, all));
      endProgressAfterPaint();
      return;
    }
    let live = true;
    const stillWanted = () => live;
    void (async () => {
      const next = await toFlowSliced(
        index,
        tree,
        layout.scene,
        layout.positions,
        all,
        stillWanted,
      );
      if (!next) return;
      // The window's grid index too, so the first window after expand all reads a few cells.
      if (next.nodes.length > WINDOW_MIN_NODES) {
        const grid = await runSliced(windowIndexSteps(next), stillWanted);
        if (!grid) return;
        setWindowIndex(next, grid);
      }
      if (!live) return;
      setFlow(next);
      endProgressAfterPaint();
    })();
    return () => {
      live = false;
    };
  }, [index, tree, layout, language, today, showDotted, vacantLabel, headcountLabel, fteLabel]);

  return index && tree ? flow : undefined;
}
