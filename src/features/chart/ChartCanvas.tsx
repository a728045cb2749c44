/**
 * The React Flow canvas. Only visible nodes are rendered, every node arrives with its size and
 * handles, nothing is draggable or connectable: the settings PRODUCT §4 measured fast.
 * Zoomed out below `OVERVIEW_ZOOM` (titles under ~6 px), the cards are drawn by one static SVG
 * (`OverviewLayer`) and React Flow keeps only the tops, the selected and the focused card.
 */
import {
  Background,
  ControlButton,
  Controls,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  type Edge,
  type ReactFlowState,
  type Viewport,
} from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { flowLabels } from './flowLabels';
import type { ChartFlow } from '../../layout/flow';
import type { OrgTree } from '../../layout/orgTree';
import { selectSelectedId, useChartStore } from '../../store/chartStore';
import { setNodeOpen, toggleNode } from './chartActions';
import { neighbour } from './keyboardNav';
import { contains, grow, seenRect, windowOf, WINDOW_MIN_NODES, type FlowRect } from './nodeWindow';
import { ChartMiniMap } from './nodes/ChartMiniMap';
import { nodeTypes } from './nodes/nodeTypes';
import { edgeTypes } from './card/ChartEdges';
import { FAR_ZOOM } from './card/PositionCard';
import { OverviewLayer } from './nodes/OverviewLayer';
import { useChartDrag } from './useChartDrag';
import { FIT_LIMIT, focusNode, useChartViewport } from './useChartViewport';

/** Below this zoom card titles are under ~6 px: the overview layer draws the cards instead. */
export const OVERVIEW_ZOOM = 0.25;
/** Flips only when the zoom crosses the threshold: no re-render per pan or zoom frame. */
const selectOverview = (s: ReactFlowState) => s.transform[2] < OVERVIEW_ZOOM;
/**
 * Below the far zoom cards are plain labels (`is-far`), and the canvas gets `is-far` too: block
 * frames are drawn plain (chart.css), and the dotted grid, a dense field of dots under them
 * re-rastered on every pan frame, is hidden. Pan of the expanded 10k chart at zoom 0.3
 * (test/bench/chart.browser.ts, load 15-24), grid shown / hidden: median frame 52-67 / 32-62
 * ms, and 89-91 / 27-59 ms at the overview threshold. A CDP trace had shown the grid as two
 * thirds of the raster (src/layout/README.md). Flips only when the zoom crosses FAR_ZOOM.
 */
const selectFar = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;
const NO_EDGES: Edge[] = [];
const selectWidth = (s: ReactFlowState) => s.width;
const selectHeight = (s: ReactFlowState) => s.height;

interface Props {
  flow: ChartFlow;
  tree: OrgTree;
  expanded: ReadonlySet<string>;
  /** Changes when a new data version is shown: the first view is framed again. */
  viewKey: unknown;
  onOpen: (id: string) => void;
  /** Escape on a card: close the record panel (the focus stays on the card). */
  onClose: () => void;
  /** Edit mode: cards can be dropped on another card to move them (`useChartDrag`). */
  editing?: boolean;
  /** Set to a reader of the area on screen (chart coordinates), for "export the view". */
  viewRef?: React.RefObject<(() => FlowRect | undefined) | undefined>;
}

export function ChartCanvas({
  flow,
  tree,
  expanded,
  viewKey,
  onOpen,
  onClose,
  editing = false,
  viewRef,
}: Props) {
  const { t, i18n } = useTranslation('chart');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- new texts when the language changes
  const labels = useMemo(() => flowLabels(t), [t, i18n.language]);
  const rf = useReactFlow();
  const wrapper = useRef<HTMLDivElement>(null);
  const direction = flow.direction;
  // Small charts draw every card cheaply: they keep real cards and lines at any zoom.
  const overview = useStore(selectOverview) && flow.nodes.length > FIT_LIMIT;
  const far = useStore(selectFar);
  const selectedId = useChartStore(selectSelectedId);
  const [focusedId, setFocusedId] = useState<string>();
  // Built on first use, then kept (hidden) so crossing the threshold again costs nothing.
  const [overviewUsed, setOverviewUsed] = useState(false);
  useEffect(() => {
    if (overview) setOverviewUsed(true);
  }, [overview]);

  // In overview React Flow holds only the cards that must stay real: the tops (first Tab stop),
  // the selected card and the focused one; arrow keys from them zoom back in (`reveal`).
  // Big charts: React Flow gets the nodes around the viewport only (`nodeWindow.ts`).
  const [win, setWin] = useState<FlowRect>();
  const winRef = useRef<FlowRect>(undefined);
  const windowed = flow.nodes.length > WINDOW_MIN_NODES;
  const store = useStoreApi();
  // Declared before the window effect below, so the window follows the view it sets (not the
  // old one: React Flow would get, then drop, the cards around a place the view is leaving).
  const { fit, showWhole, moveFocusTo, onCardFocus, onMoveStart } = useChartViewport(
    flow,
    tree,
    viewKey,
    wrapper,
  );
  const followView = useCallback(
    (vp: Viewport) => {
      // React Flow's own pane size: reading the DOM's would force a layout mid-commit.
      const { width, height } = store.getState();
      if (!width || !height) return;
      const seen = seenRect(vp, width, height);
      if (winRef.current && contains(winRef.current, seen)) return;
      winRef.current = grow(seen);
      setWin(winRef.current);
    },
    [store],
  );
  useEffect(() => {
    if (!viewRef) return;
    viewRef.current = () => {
      const { width, height } = store.getState();
      return width && height ? seenRect(rf.getViewport(), width, height) : undefined;
    };
    return () => {
      viewRef.current = undefined;
    };
  }, [viewRef, store, rf]);
  const onWindowMove = useCallback((_e: unknown, vp: Viewport) => followView(vp), [followView]);
  // Also when React Flow learns (or changes) its pane size: it is 0 until its first effect.
  const paneWidth = useStore(selectWidth);
  const paneHeight = useStore(selectHeight);
  useLayoutEffect(() => {
    if (windowed) followView(rf.getViewport());
  }, [windowed, flow, rf, followView, paneWidth, paneHeight]);

  const shown = useMemo(() => {
    const keep = new Set([...tree.roots, ...tree.unattached]);
    if (selectedId) keep.add(selectedId);
    if (focusedId) keep.add(focusedId);
    if (overview) return { nodes: flow.nodes.filter((n) => keep.has(n.id)), edges: NO_EDGES };
    if (!windowed) return flow;
    // No window yet: set before paint by the layout effect above; never hand over everything.
    if (!win) return { nodes: flow.nodes.filter((n) => keep.has(n.id)), edges: NO_EDGES };
    return windowOf(flow, win, keep);
  }, [overview, windowed, flow, tree, selectedId, focusedId, win]);

  const drag = useChartDrag(flow, editing);
  const nodes = useMemo(() => drag.decorate(shown.nodes), [drag, shown.nodes]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
    const id = el?.dataset.id;
    if (!id || el.dataset.type === 'block') return;
    if (e.key === 'Escape') {
      if (useChartStore.getState().selectedId === undefined) return;
      e.preventDefault();
      onClose();
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (el.classList.contains('react-flow__node-position')) onOpen(id);
      return;
    }
    if (e.key === '+' || e.key === '-' || e.key === '*') {
      e.preventDefault();
      if (e.key === '*') toggleNode(id);
      else setNodeOpen(id, e.key === '+');
      return;
    }
    const target = neighbour(tree, expanded, id, e.key, direction);
    if (target === undefined) return;
    e.preventDefault();
    // In overview the cards are not nodes: zoom back in on the target (a reveal).
    if (overview) {
      if (!focusNode(wrapper.current, target)) useChartStore.getState().reveal(target, true);
    } else moveFocusTo(target);
  };

  /** In overview the cards are not nodes: a click finds the card under the pointer. */
  const onPaneClick = (e: React.MouseEvent) => {
    if (!overview) return;
    const p = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const hit = flow.nodes.find(
      (n) =>
        n.type === 'position' &&
        p.x >= n.position.x &&
        p.x <= n.position.x + (n.width ?? 0) &&
        p.y >= n.position.y &&
        p.y <= n.position.y + (n.height ?? 0),
    );
    if (!hit) return;
    onOpen(hit.id);
    useChartStore.getState().reveal(hit.id);
  };

  return (
    <div
      className={['wf-canvas', far && 'is-far', overview && 'is-overview']
        .filter(Boolean)
        .join(' ')}
      ref={wrapper}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        const el = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
        const id = el?.dataset.id;
        onCardFocus(id);
        if (id === undefined) return;
        if (id !== focusedId) setFocusedId(id);
        // A card reached with the keyboard stays still when the layout refines (ELK after the
        // quick preview) and is shown whole. Not one focused by a pointer: a press that starts a
        // drag (edit mode) must not move the view under the pointer.
        if (!el?.matches(':focus-visible')) return;
        const state = useChartStore.getState();
        if (state.anchorId !== id) state.setAnchor(id);
        showWhole(id);
      }}
      onBlur={(e) => {
        // Focus gone to another control (not lost with an unmounted card: relatedTarget null).
        if (e.relatedTarget && !wrapper.current?.contains(e.relatedTarget)) onCardFocus(undefined);
      }}
      role="region"
      aria-label={t('canvasLabel')}
    >
      <ReactFlow
        ariaLabelConfig={labels}
        nodes={nodes}
        edges={shown.edges}
        {...(windowed ? { onMove: onWindowMove } : {})}
        {...drag.props}
        onMoveStart={onMoveStart}
        autoPanOnNodeFocus={false}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onlyRenderVisibleElements
        nodesDraggable={editing}
        nodesConnectable={false}
        elementsSelectable={false}
        nodesFocusable
        edgesFocusable={false}
        minZoom={0.05}
        maxZoom={2}
        onNodeClick={(_e, node) => {
          if (node.type === 'position') onOpen(node.id);
        }}
        onPaneClick={onPaneClick}
        proOptions={{ hideAttribution: true }}
        zoomOnDoubleClick={false}
      >
        {!overview && !far && <Background gap={24} size={1} color="var(--wf-grid)" />}
        {(overview || overviewUsed) && <OverviewLayer flow={flow} hidden={!overview} />}
        <Controls showInteractive={false} showFitView={false} aria-label={t('controls')}>
          <ControlButton onClick={fit} title={t('toolbar.fit')} aria-label={t('toolbar.fit')}>
            <span aria-hidden="true">⤢</span>
          </ControlButton>
        </Controls>
        {!overview && <ChartMiniMap flow={flow} label={t('minimap')} />}
      </ReactFlow>
    </div>
  );
}
