import type { Edge } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import {
  setWindowIndex,
  windowIndexSteps,
  windowOf,
  type FlowRect,
} from '../../src/features/chart/nodeWindow';
import type { ChartFlow, ChartNode } from '../../src/layout/flow';
import { drainSteps } from './drainSteps';

/** A wide tree: rows of cards, each card under a manager of the row above (long buses too). */
function wideFlow(seed: number): ChartFlow {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const nodes: ChartNode[] = [];
  const edges: Edge[] = [];
  const rows = [1, 8, 60, 400];
  let previous: string[] = [];
  rows.forEach((count, row) => {
    const current: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = `n${row}-${i}`;
      current.push(id);
      nodes.push({
        id,
        type: 'position',
        position: { x: Math.round(random() * 200_000), y: row * 400 },
        width: 240,
        height: 96,
        data: {} as never,
      });
      const manager = previous[Math.floor(random() * previous.length)];
      if (manager) edges.push({ id: `${manager}>${id}`, source: manager, target: id });
    }
    previous = current;
  });
  return {
    nodes,
    edges,
    bounds: { width: 200_240, height: 1_700 },
    expanded: new Set(),
    direction: 'DOWN',
  };
}

/** The definition, by scanning everything. */
function bruteForce(flow: ChartFlow, win: FlowRect, keep: ReadonlySet<string>) {
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  const inside = (n: ChartNode) =>
    n.position.x + (n.width ?? 0) >= win.x0 &&
    n.position.x <= win.x1 &&
    n.position.y + (n.height ?? 0) >= win.y0 &&
    n.position.y <= win.y1;
  const ids = new Set(flow.nodes.filter((n) => inside(n) || keep.has(n.id)).map((n) => n.id));
  const crosses = (e: Edge) => {
    const s = byId.get(e.source)!;
    const t = byId.get(e.target)!;
    return (
      Math.max(s.position.x + 240, t.position.x + 240) >= win.x0 &&
      Math.min(s.position.x, t.position.x) <= win.x1 &&
      Math.max(s.position.y + 96, t.position.y + 96) >= win.y0 &&
      Math.min(s.position.y, t.position.y) <= win.y1
    );
  };
  const edges = flow.edges.filter((e) => ids.has(e.source) || ids.has(e.target) || crosses(e));
  for (const e of edges) ids.add(e.source).add(e.target);
  return { nodes: flow.nodes.filter((n) => ids.has(n.id)), edges };
}

describe('windowOf (grid index)', () => {
  it('gives exactly the nodes and lines a full scan gives, in the flow order', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const flow = wideFlow(seed);
      const keep = new Set(['n0-0', `n3-${seed}`]);
      for (let i = 0; i < 40; i++) {
        const x0 = ((seed * 7919 + i * 104_729) % 210_000) - 5_000;
        const y0 = (i % 5) * 300 - 200;
        const win = { x0, y0, x1: x0 + 500 + i * 300, y1: y0 + 300 + (i % 3) * 700 };
        const got = windowOf(flow, win, keep);
        const want = bruteForce(flow, win, keep);
        expect(got.nodes.map((n) => n.id)).toEqual(want.nodes.map((n) => n.id));
        expect(got.edges.map((e) => e.id)).toEqual(want.edges.map((e) => e.id));
      }
    }
  });

  it('uses an index built ahead (in time slices) when one is set', () => {
    const flow = wideFlow(9);
    const { pauses, value } = drainSteps(windowIndexSteps(flow));
    expect(pauses).toBeGreaterThan(0);
    const empty = { ...value, nodeCells: new Map(), edgeCells: new Map() };
    setWindowIndex(flow, empty);
    // An index with no cells finds nothing in the window: proof that the set one is read.
    const win = { x0: 0, y0: 0, x1: 200_000, y1: 2_000 };
    expect(windowOf(flow, win, new Set()).nodes).toEqual([]);
  });
});
