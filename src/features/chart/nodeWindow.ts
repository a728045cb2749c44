/**
 * Big charts hand React Flow only the nodes in a window around the viewport (one screen more on
 * each side), with the edges touching them and their other ends. React Flow indexes every node
 * it is given in one task (about 10 µs each): 13,000 after expand all froze the page. The
 * window moves when the view leaves it, so panning re-indexes a few hundred nodes at a time.
 */
import type { Edge, Viewport } from '@xyflow/react';
import { runToEnd } from '../../domain/steps';
import type { ChartFlow, ChartNode } from '../../layout/flow';

/**
 * Up to this many nodes React Flow gets them all. Above, indexing them all and mounting the
 * visible cards in one task froze expand all at 1k for 0.3-0.6 s; the window keeps it to the
 * cards around the view.
 */
export const WINDOW_MIN_NODES = 500;

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

/** Side of a grid cell, in chart px (a 1400 × 900 screen at zoom 0.5 covers about 2 × 1). */
const CELL = 2048;
/** Items handled between two checks of the time slice while the index is built. */
const STEP = 64;

/** A node's or an edge's extent, in the same corners as the window. */
type Box = FlowRect;

/** Nodes and edges of a flow bucketed by the grid cells their boxes touch. */
export interface WindowIndex {
  /** Node id → its place in `flow.nodes`. */
  at: Map<string, number>;
  /** Node id → the edges (places in `flow.edges`) that end at it. */
  edgesOf: Map<string, number[]>;
  nodeCells: Map<number, number[]>;
  edgeCells: Map<number, number[]>;
  edgeBoxes: Box[];
}

/** Cell keys as one number: column and row are far below 2^20 for any chart. */
const cellKey = (cx: number, cy: number) => (cx + 2 ** 19) * 2 ** 20 + (cy + 2 ** 19);

function* cellsOf(b: Box): Generator<number> {
  for (let cx = Math.floor(b.x0 / CELL); cx <= Math.floor(b.x1 / CELL); cx++) {
    for (let cy = Math.floor(b.y0 / CELL); cy <= Math.floor(b.y1 / CELL); cy++) {
      yield cellKey(cx, cy);
    }
  }
}

function put(cells: Map<number, number[]>, b: Box, i: number) {
  for (const key of cellsOf(b)) {
    const list = cells.get(key);
    if (list) list.push(i);
    else cells.set(key, [i]);
  }
}

const nodeBox = (n: ChartNode): Box => ({
  x0: n.position.x,
  y0: n.position.y,
  x1: n.position.x + (n.width ?? 0),
  y1: n.position.y + (n.height ?? 0),
});

/**
 * Builds the index of `flow` in steps (`useChartFlow` runs them in time slices with the flow
 * build), so moving the window reads a few cells instead of scanning 13,000 nodes and edges.
 */
export function* windowIndexSteps(flow: ChartFlow): Generator<void, WindowIndex> {
  const at = new Map<string, number>();
  const edgesOf = new Map<string, number[]>();
  const nodeCells = new Map<number, number[]>();
  const edgeCells = new Map<number, number[]>();
  const edgeBoxes: Box[] = [];
  for (let i = 0; i < flow.nodes.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const n = flow.nodes[i] as ChartNode;
    at.set(n.id, i);
    put(nodeCells, nodeBox(n), i);
  }
  for (let i = 0; i < flow.edges.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const e = flow.edges[i] as Edge;
    const s = nodeAt(flow, at, e.source);
    const t = nodeAt(flow, at, e.target);
    for (const end of [e.source, e.target]) {
      const list = edgesOf.get(end);
      if (list) list.push(i);
      else edgesOf.set(end, [i]);
    }
    // A line's box: from one end's box to the other's (a long bus crosses every cell between).
    const b =
      s && t
        ? {
            x0: Math.min(s.position.x, t.position.x),
            y0: Math.min(s.position.y, t.position.y),
            x1: Math.max(s.position.x + (s.width ?? 0), t.position.x + (t.width ?? 0)),
            y1: Math.max(s.position.y + (s.height ?? 0), t.position.y + (t.height ?? 0)),
          }
        : { x0: 0, y0: 0, x1: -1, y1: -1 };
    edgeBoxes.push(b);
    if (s && t) put(edgeCells, b, i);
  }
  return { at, edgesOf, nodeCells, edgeCells, edgeBoxes };
}

function nodeAt(flow: ChartFlow, at: Map<string, number>, id: string): ChartNode | undefined {
  const i = at.get(id);
  return i === undefined ? undefined : flow.nodes[i];
}

const indexes = new WeakMap<ChartFlow, WindowIndex>();

/** Keeps an index built elsewhere (in time slices) for `windowOf`. */
export function setWindowIndex(flow: ChartFlow, index: WindowIndex): void {
  indexes.set(flow, index);
}

function windowIndexOf(flow: ChartFlow): WindowIndex {
  let index = indexes.get(flow);
  if (!index) {
    index = runToEnd(windowIndexSteps(flow));
    indexes.set(flow, index);
  }
  return index;
}

const overlaps = (a: Box, b: FlowRect) =>
  a.x1 >= b.x0 && a.x0 <= b.x1 && a.y1 >= b.y0 && a.y0 <= b.y1;

/**
 * The nodes inside `win` (and those in `keep`), every edge touching one of them or crossing the
 * window, and those edges' other ends. Reads only the grid cells the window covers.
 */
export function windowOf(
  flow: ChartFlow,
  win: FlowRect,
  keep: ReadonlySet<string>,
): { nodes: ChartNode[]; edges: Edge[] } {
  const { at, edgesOf, nodeCells, edgeCells, edgeBoxes } = windowIndexOf(flow);
  const picked = new Set<number>();
  const inside = new Set<string>();
  for (const key of cellsOf(win)) {
    for (const i of nodeCells.get(key) ?? []) {
      const n = flow.nodes[i] as ChartNode;
      if (overlaps(nodeBox(n), win)) inside.add(n.id);
    }
  }
  for (const key of cellsOf(win)) {
    for (const i of edgeCells.get(key) ?? []) {
      if (picked.has(i)) continue;
      const e = flow.edges[i] as Edge;
      const touches = inside.has(e.source) || inside.has(e.target);
      if (touches || overlaps(edgeBoxes[i] as Box, win)) picked.add(i);
    }
  }
  const ids = new Set(inside);
  // Kept nodes far from the window come with their lines.
  for (const id of keep) {
    if (!at.has(id)) continue;
    ids.add(id);
    for (const i of edgesOf.get(id) ?? []) picked.add(i);
  }
  const edges = [...picked].sort((a, b) => a - b).map((i) => flow.edges[i] as Edge);
  for (const e of edges) {
    ids.add(e.source);
    ids.add(e.target);
  }
  // In the flow's order: it is the Tab order of the cards (tops first).
  const places: number[] = [];
  for (const id of ids) {
    const i = at.get(id);
    if (i !== undefined) places.push(i);
  }
  const nodes = places.sort((a, b) => a - b).map((i) => flow.nodes[i] as ChartNode);
  return { nodes, edges };
}
