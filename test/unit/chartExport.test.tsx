import { describe, expect, it } from 'vitest';
import { clip } from '../../src/features/chart/card/cardSvg';
import { buildChartSvg } from '../../src/features/chart/chartSvg';
import { pngScale } from '../../src/features/chart/exportChart';
import { neighbour } from '../../src/features/chart/keyboardNav';
import { windowOf } from '../../src/features/chart/nodeWindow';
import { overviewOf } from '../../src/features/chart/overview';
import { frameViewport, panToShow } from '../../src/features/chart/framing';
import { tidyLayout } from '../../src/layout/engines';
import { toFlow, toFlowSliced } from '../../src/layout/flow';
import { buildOrgTree } from '../../src/layout/orgTree';
import { buildScene } from '../../src/layout/scene';
import { chartFlowOf, indexOf, makeOrg, regularOrg, teamWithAssistant } from './layoutFixture';

const labels = {
  vacant: 'Vacant',
  away: 'Away',
  assistant: 'Assistant',
  group: 'Unattached',
  title: 'Chart',
};

const flowOf = chartFlowOf;

describe('chart SVG export', () => {
  it('contains every shown card title, escaped, and the chart size plus padding', () => {
    const data = makeOrg([
      { id: 'a', holders: ['x'] },
      { id: 'b', reportsTo: 'a', dottedLineTo: ['c'] },
      { id: 'c', reportsTo: 'a' },
      { id: 'd', reportsTo: 'c' },
    ]);
    data.positions[1]!.title = 'R&D <lead> "quoted"';
    const flow = flowOf(data, ['a', 'c']);
    const svg = buildChartSvg(flow, 'en', labels);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const titles = [...svg.matchAll(/<g><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles.sort()).toEqual(
      ['R&amp;D &lt;lead&gt; &quot;quoted&quot;', 'Title a', 'Title c', 'Title d'].sort(),
    );
    expect(svg).toContain('stroke-dasharray="6 5"'); // the dotted line
    expect(svg).toContain(`width="${Math.ceil(flow.bounds.width + 48)}"`);
    expect(svg).not.toContain('<script');
  });

  it('clips long text and keeps 2× unless the canvas would be too big', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('a very long title indeed', 10)).toBe('a very lo…');
    expect(pngScale(3000, 2000)).toBe(2);
    expect(pngScale(30_000, 2000)).toBeLessThan(2);
    expect(30_000 * pngScale(30_000, 2000)).toBeLessThanOrEqual(32_000);
  });
});

describe('chart keyboard and framing', () => {
  const data = regularOrg(3, 2);
  const tree = buildOrgTree(indexOf(data));
  const open = new Set(['p0', 'p1']);

  it('moves to the manager, first report and colleagues, by direction', () => {
    expect(neighbour(tree, open, 'p1', 'ArrowUp', 'DOWN')).toBe('p0');
    expect(neighbour(tree, open, 'p0', 'ArrowDown', 'DOWN')).toBe('p1');
    expect(neighbour(tree, open, 'p1', 'ArrowRight', 'DOWN')).toBe('p2');
    expect(neighbour(tree, open, 'p2', 'ArrowLeft', 'DOWN')).toBe('p1');
    expect(neighbour(tree, open, 'p1', 'ArrowLeft', 'DOWN')).toBeUndefined();
    expect(neighbour(tree, open, 'p2', 'ArrowDown', 'DOWN')).toBeUndefined(); // closed
    expect(neighbour(tree, open, 'p1', 'ArrowLeft', 'RIGHT')).toBe('p0');
    expect(neighbour(tree, open, 'p1', 'ArrowDown', 'RIGHT')).toBe('p2');
  });

  it('fits a small chart, and shows the top of a big one at the minimum zoom', () => {
    const small = flowOf(regularOrg(2, 1), ['p0']);
    const v = frameViewport(small.bounds, 1200, 800, 0.5, undefined);
    expect(v.zoom).toBe(1);
    const big = flowOf(regularOrg(60, 1), ['p0']);
    const top = big.nodes.find((n) => n.id === 'p0')!;
    const wide = { width: 20_000, height: 3000 };
    const w = frameViewport(wide, 1200, 800, 0.5, top);
    expect(w.zoom).toBe(0.5);
    expect(w.y).toBe(24);
    // The top card centred across, its top edge below the pane's.
    expect(w.x + (top.position.x + top.width! / 2) * 0.5).toBe(600);
    // Left-right: from the left edge, the top card centred vertically.
    const tall = { width: 3000, height: 20_000 };
    const r = frameViewport(tall, 1200, 800, 0.5, top, 'RIGHT');
    expect(r).toMatchObject({ x: 24, zoom: 0.5 });
    expect(r.y + (top.position.y + top.height! / 2) * 0.5).toBe(400);
  });

  it('pans a card at the edge just enough to show it whole', () => {
    const card = { position: { x: 1000, y: 100 }, width: 236, height: 92 };
    const vp = { x: 0, y: 0, zoom: 1 };
    expect(panToShow(card, vp, 1200, 800)).toEqual({ x: 1200 - 24 - 1236, y: 0, zoom: 1 });
    expect(panToShow({ ...card, position: { x: 10, y: -50 } }, vp, 1200, 800)).toEqual({
      x: 14,
      y: 74,
      zoom: 1,
    });
    expect(panToShow({ ...card, position: { x: 300, y: 300 } }, vp, 1200, 800)).toBeUndefined();
  });
});

describe('chart overview (zoomed out)', () => {
  it('draws every card in its unit colour, leaf blocks, and one line per reporting edge', () => {
    const data = teamWithAssistant();
    const flow = flowOf(data, ['a', 'c']);
    const overview = overviewOf(flow);
    const cards = flow.nodes.filter((n) => n.type === 'position');
    expect(overview.cards).toEqual([{ color: '#336699', rects: expect.any(Array) as unknown[] }]);
    expect(overview.cards[0]!.rects.map((r) => r.id).sort()).toEqual(cards.map((n) => n.id).sort());
    expect(overview.blocks.length).toBe(flow.nodes.filter((n) => n.type === 'block').length);
    const solid = flow.edges.filter((e) => e.type === 'org').length;
    expect(solid).toBeGreaterThan(0);
    expect(overview.lines.match(/M/g)?.length).toBe(solid); // dotted lines left out
    // A line starts at the bottom centre of its manager's card.
    const a = flow.nodes.find((n) => n.id === 'a')!;
    const toReports = flow.edges.find((e) => e.source === 'a' && e.sourceHandle === 's')!;
    expect(toReports).toBeDefined();
    expect(overview.lines).toContain(`M${a.position.x + a.width! / 2},${a.position.y + a.height!}`);
  });
});

describe('big charts', () => {
  const data = regularOrg(6, 3);
  const index = indexOf(data);
  const tree = buildOrgTree(index);
  const open = new Set(['p0', 'p1', 'p2', 'p3', 'p7', 'p8']);
  const scene = buildScene(index, tree, open, 'DOWN');
  const positions = tidyLayout({ boxes: scene.boxes, roots: scene.roots, direction: 'DOWN' });
  const options = {
    language: 'en',
    today: '2026-01-01',
    expanded: open,
    showDotted: true,
    vacantLabel: 'Vacant',
  };

  it('builds the same flow in time slices, and stops when no longer wanted', async () => {
    const whole = toFlow(index, tree, scene, positions, options);
    const sliced = await toFlowSliced(index, tree, scene, positions, options, () => true, 0);
    expect(sliced).toEqual(whole);
    let calls = 0;
    const dropped = await toFlowSliced(
      index,
      tree,
      scene,
      positions,
      options,
      () => ++calls < 1,
      0,
    );
    expect(dropped).toBeUndefined();
  });

  it('hands React Flow the nodes in the window, the lines crossing it and their ends', () => {
    const flow = toFlow(index, tree, scene, positions, options);
    const p1 = flow.nodes.find((n) => n.id === 'p1')!;
    const win = {
      x0: p1.position.x,
      y0: p1.position.y,
      x1: p1.position.x + 10,
      y1: p1.position.y + 10,
    };
    const { nodes, edges } = windowOf(flow, win, new Set(['p0']));
    const ids = new Set(nodes.map((n) => n.id));
    expect(ids.has('p1')).toBe(true);
    expect(ids.has('p0')).toBe(true); // kept, and the manager of p1
    expect(nodes.length).toBeLessThan(flow.nodes.length);
    for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(edges.some((e) => e.source === 'p0' && e.target === 'p1')).toBe(true);
  });
});
