/**
 * Big charts hand React Flow only the nodes in a window around the viewport (one screen more on
 * each side), with the edges touching them and their other ends. React Flow indexes every node
 * it is given in one task (about 10 µs each): 13,000 after expand all froze the page. The
 * window moves when the view leaves it, so panning re-indexes a few hundred nodes at a time.
 */
import type { Edge, Viewport } from '@xyflow/react';
import type { ChartFlow, ChartNode } from '../../layout/flow';

/** Up to this many nodes React Flow gets them all. */
export const WINDOW_MIN_NODES = 2000;

export interface FlowRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The part of the chart on screen, in chart coordinates. */
export function seenRect(vp: Viewport, width: number, height: number): FlowRect {
  return {
    x0: -vp.x / vp.zoom,
    y0: -vp.y / vp.zoom,
    x1: (width - vp.x) / vp.zoom,
    y1: (height - vp.y) / vp.zoom,
  };
}

export function grow(r: FlowRect): FlowRect {
  const w = r.x1 - r.x0;
  const h = r.y1 - r.y0;
  return { x0: r.x0 - w, y0: r.y0 - h, x1: r.x1 + w, y1: r.y1 + h };
}

export const contains = (outer: FlowRect, inner: FlowRect) =>
  inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1;

export function windowOf(
  flow: ChartFlow,
  win: FlowRect,
  keep: ReadonlySet<string>,
): { nodes: ChartNode[]; edges: Edge[] } {
  const ids = new Set<string>();
  const byId = new Map<string, ChartNode>();
  for (const n of flow.nodes) {
    byId.set(n.id, n);
    const { x, y } = n.position;
    const inside =
      x + (n.width ?? 0) >= win.x0 && x <= win.x1 && y + (n.height ?? 0) >= win.y0 && y <= win.y1;
    if (inside || keep.has(n.id)) ids.add(n.id);
  }
  // A line can cross the window with both ends outside it (a long bus): test its bounding box.
  const crosses = (e: Edge) => {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) return false;
    return (
      Math.max(s.position.x + (s.width ?? 0), t.position.x + (t.width ?? 0)) >= win.x0 &&
      Math.min(s.position.x, t.position.x) <= win.x1 &&
      Math.max(s.position.y + (s.height ?? 0), t.position.y + (t.height ?? 0)) >= win.y0 &&
      Math.min(s.position.y, t.position.y) <= win.y1
    );
  };
  const edges = flow.edges.filter((e) => ids.has(e.source) || ids.has(e.target) || crosses(e));
  for (const e of edges) {
    ids.add(e.source);
    ids.add(e.target);
  }
  return { nodes: flow.nodes.filter((n) => ids.has(n.id)), edges };
}
