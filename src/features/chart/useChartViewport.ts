/**
 * Where the chart's view goes, and why it moves: the first view of each data version, "First
 * view" and direction switches (the top levels, readable), a deep link or "Show on chart" (the
 * card centred, and kept centred while the layout still refines), a kept-still anchor when a
 * team opens, and a keyboard move to a card at the edge (panned just enough to show it whole).
 */
import { useReactFlow, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { ChartFlow } from '../../layout/flow';
import type { OrgTree } from '../../layout/orgTree';
import {
  selectFrameId,
  selectRevealId,
  selectSelectedId,
  useChartStore,
} from '../../store/chartStore';
import { frameViewport, panToShow, READABLE_ZOOM, revealPoint } from './framing';
import { motion } from './motion';

/** Above this many cards the first view centres on the top instead of fitting everything. */
export const FIT_LIMIT = 300;
/** A revealed card is shown at this zoom at least. */
const REVEAL_ZOOM = 0.75;

const selectPane = (s: ReactFlowState) => `${s.width}x${s.height}`;

export function focusNode(root: HTMLElement | null, id: string): boolean {
  const el = root?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  if (!el) return false;
  // The pan is ours (`showWhole`): the browser must not scroll React Flow's wrapper instead.
  el.focus({ preventScroll: true });
  return true;
}

/**
 * How many pixels at the bottom of the canvas the record covers when it is a bottom sheet over
 * it (phones), else 0: cards are revealed and kept in the part still seen.
 */
function sheetCover(canvas: HTMLElement | null): number {
  const sheet = canvas?.parentElement?.querySelector<HTMLElement>(':scope > .wf-panel');
  if (!canvas || !sheet || getComputedStyle(sheet).position !== 'absolute') return 0;
  return Math.max(0, canvas.getBoundingClientRect().bottom - sheet.getBoundingClientRect().top);
}

export function useChartViewport(
  flow: ChartFlow,
  tree: OrgTree,
  viewKey: unknown,
  wrapper: RefObject<HTMLDivElement | null>,
) {
  const rf = useReactFlow();
  const store = useStoreApi();
  const revealId = useChartStore(selectRevealId);
  const frameId = useChartStore(selectFrameId);
  const framedKey = useRef<unknown>(undefined);
  const framedId = useRef(frameId);
  const previous = useRef<ChartFlow>(undefined);
  /** The card being centred by a reveal: followed until the user moves the view. */
  const centring = useRef<{ id: string; zoom: number } | undefined>(undefined);
  /**
   * An animated frame (Fit) still running: a layout arriving meanwhile (ELK refining the tidy
   * preview) frames the new chart at once instead of shifting the view mid-animation, which
   * stopped the zoom half-way and left cards off screen.
   */
  const framing = useRef<{ minZoom: number; until: number } | undefined>(undefined);
  const topId = tree.roots[0] ?? tree.unattached[0];
  const nodeOf = (f: ChartFlow | undefined, id: string | undefined) =>
    id === undefined ? undefined : f?.nodes.find((n) => n.id === id);

  const frame = useCallback(
    (minZoom: number, duration: number) => {
      const size = wrapper.current;
      if (!size) return;
      // Framed (Fit, First view): a later layout must not pull the view back to a revealed card.
      centring.current = undefined;
      framing.current = duration > 0 ? { minZoom, until: performance.now() + duration } : undefined;
      const top = flow.nodes.find((n) => n.id === topId);
      const vp = frameViewport(
        flow.bounds,
        size.clientWidth,
        size.clientHeight,
        minZoom,
        top,
        flow.direction,
      );
      void rf.setViewport(vp, { duration });
    },
    [rf, flow, topId, wrapper],
  );

  /** Centres the card, with its manager when both fit (`revealPoint`). */
  const centreOn = useCallback(
    (f: ChartFlow, id: string, zoom: number, duration: number) => {
      const node = nodeOf(f, id);
      const { width, height } = store.getState();
      if (!node) return false;
      const manager = nodeOf(f, tree.parentOf.get(id));
      const cover = sheetCover(wrapper.current);
      const seen = Math.max((height || 1) - cover, 1);
      const at = revealPoint(node, manager, zoom, width || 1, seen);
      // Centred in the part above a bottom sheet: the pane's centre moved down by half of it.
      void rf.setCenter(at.x, at.y + cover / 2 / zoom, { zoom, duration });
      return true;
    },
    [rf, store, tree, wrapper],
  );

  // Before paint, for each new chart: a pending frame request, else the card being revealed,
  // else the anchor (just toggled, else the top) kept still, so expanding a team or ELK refining
  // the instant tidy-tree preview never jumps the view.
  useLayoutEffect(() => {
    const state = useChartStore.getState();
    const current = flow.direction === state.direction && flow.expanded === state.expanded;
    const before = previous.current;
    previous.current = flow;
    if (framedId.current !== frameId && current) {
      framedId.current = frameId;
      centring.current = undefined;
      state.setAnchor(topId);
      frame(READABLE_ZOOM, 0);
      return;
    }
    const animating = framing.current;
    if (animating && performance.now() < animating.until) {
      frame(animating.minZoom, 0);
      return;
    }
    framing.current = undefined;
    const anchor = state.anchorId ?? topId;
    const target = centring.current;
    if (target && target.id === anchor) {
      centreOn(flow, target.id, target.zoom, 0);
      return;
    }
    centring.current = undefined;
    const was = nodeOf(before, anchor)?.position;
    const now = nodeOf(flow, anchor)?.position;
    if (was && now && (was.x !== now.x || was.y !== now.y)) {
      const { x, y, zoom } = rf.getViewport();
      void rf.setViewport({ x: x - (now.x - was.x) * zoom, y: y - (now.y - was.y) * zoom, zoom });
    }
  }, [flow, frameId, rf, topId, frame, centreOn]);

  // The first view of each data version: all of it when it fits readably, else the top.
  useEffect(() => {
    if (framedKey.current === viewKey || flow.nodes.length === 0) return;
    if (useChartStore.getState().revealId) return; // a deep link frames its own card
    framedKey.current = viewKey;
    frame(READABLE_ZOOM, 0);
  }, [viewKey, flow, frame]);

  // Bring a card into view (deep link, "Show on chart", expand, keyboard move off screen), then
  // focus it when asked. It stays centred while later layouts of the same view move it.
  useEffect(() => {
    if (!revealId) return;
    if (!nodeOf(flow, revealId)) return; // not laid out yet: runs again with the next chart
    const { revealFocus, reveal } = useChartStore.getState();
    reveal(undefined);
    // A deep link opens at the reveal zoom; later reveals keep a closer zoom the user chose.
    const firstView = framedKey.current !== viewKey;
    framedKey.current = viewKey;
    const zoom = firstView ? REVEAL_ZOOM : Math.max(rf.getZoom(), REVEAL_ZOOM);
    centring.current = { id: revealId, zoom };
    centreOn(flow, revealId, zoom, firstView ? 0 : motion(250));
    // Leaving the overview mounts the cards again: try until the card is there.
    if (revealFocus) {
      let tries = 0;
      const attempt = () => {
        if (!focusNode(wrapper.current, revealId) && ++tries < 10) setTimeout(attempt, 150);
      };
      setTimeout(attempt, motion(250) + 70);
    }
  }, [revealId, flow, rf, centreOn, wrapper, viewKey]);

  /** The Fit button: everything, or on big charts the top at 0.35 (never all cards at once). */
  const fit = useCallback(
    () => frame(flow.nodes.length > FIT_LIMIT * 3 ? 0.35 : 0.05, motion(200)),
    [flow, frame],
  );

  /** A card focused from the keyboard is panned just enough to be seen whole. */
  const showWhole = useCallback(
    (id: string, duration = motion(150)) => {
      const node = nodeOf(flow, id);
      const { width, height } = store.getState();
      if (!node || !width || !height) return false;
      const next = panToShow(node, rf.getViewport(), width, height);
      if (!next) return true;
      // The user went on with the keyboard: a later layout must not pull the view back to a
      // card revealed before.
      centring.current = undefined;
      void rf.setViewport(next, { duration });
      return true;
    },
    [flow, rf, store],
  );

  /**
   * Focuses the card once React Flow draws it (it draws only cards on screen), unless the user
   * has put the focus somewhere else meanwhile.
   */
  const focusWhenDrawn = useCallback(
    (id: string) => {
      let frames = 0;
      const attempt = () => {
        const active = document.activeElement;
        const free = !active || active === document.body || wrapper.current?.contains(active);
        if (!free || focusNode(wrapper.current, id)) return;
        if (++frames < 60) requestAnimationFrame(attempt);
      };
      requestAnimationFrame(attempt);
    },
    [wrapper],
  );

  /**
   * An arrow key towards a card React Flow has not drawn (off screen): pan to it at once, then
   * focus it when drawn. Centring instead (a reveal) would move the focused card off screen,
   * React Flow would unmount it and the focus would fall to the page before the next one came.
   */
  const moveFocusTo = useCallback(
    (id: string) => {
      if (focusNode(wrapper.current, id)) return;
      if (showWhole(id, 0)) focusWhenDrawn(id);
      else useChartStore.getState().reveal(id, true);
    },
    [showWhole, focusWhenDrawn, wrapper],
  );

  // The card with the focus (else the selected one) stays whole on screen when the pane
  // changes size (the record panel opens beside it, a phone turns), and keeps the focus: React
  // Flow unmounts a card that ends up off screen, and the focus would fall to the page.
  const focused = useRef<string | undefined>(undefined);
  const pane = useStore(selectPane);
  const lastPane = useRef(pane);
  useLayoutEffect(() => {
    if (lastPane.current === pane) return;
    lastPane.current = pane;
    // A card being revealed stays centred in the new size.
    const target = centring.current;
    if (target) {
      centreOn(flow, target.id, target.zoom, 0);
      return;
    }
    const id = focused.current ?? useChartStore.getState().selectedId;
    if (id === undefined || !showWhole(id, 0)) return;
    if (focused.current === id) focusWhenDrawn(id);
  }, [pane, showWhole, focusWhenDrawn, centreOn, flow]);
  /** Which card has the focus (`undefined` once the focus is elsewhere). */
  const onCardFocus = useCallback((id: string | undefined) => {
    focused.current = id;
  }, []);

  // A card opened on a phone must not end under the record's bottom sheet: pan it above.
  const selectedId = useChartStore(selectSelectedId);
  useEffect(() => {
    if (!selectedId) return;
    const frame = requestAnimationFrame(() => {
      const cover = sheetCover(wrapper.current);
      const node = nodeOf(flow, selectedId);
      const { width, height } = store.getState();
      if (!cover || !node || !width || height <= cover) return;
      const next = panToShow(node, rf.getViewport(), width, height - cover);
      if (next) void rf.setViewport(next, { duration: motion(150) });
    });
    return () => cancelAnimationFrame(frame);
    // Not on every new layout: only when a card is opened (a reveal centres it itself).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  /** A pan or zoom by the user (not by us) ends following a revealed card. */
  const onMoveStart = useCallback((event: unknown) => {
    if (!event) return;
    centring.current = undefined;
    framing.current = undefined;
  }, []);

  return { fit, showWhole, moveFocusTo, onCardFocus, onMoveStart };
}
