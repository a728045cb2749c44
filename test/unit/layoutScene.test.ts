import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { fromElkGraph, tidyLayout, toElkGraph } from '../../src/layout/engines';
import { CARD_H, CARD_W } from '../../src/features/chart/card/geometry';
import { toFlow } from '../../src/layout/flow';
import { buildOrgTree } from '../../src/layout/orgTree';
import { runLayout, type ElkLike } from '../../src/layout/runLayout';
import {
  blockColumns,
  blockId,
  buildScene,
  GROUP_ID,
  TOP_ID,
  type Scene,
} from '../../src/layout/scene';
import type { LayoutRequest } from '../../src/layout/types';
import { indexOf, makeOrg, regularOrg } from './layoutFixture';

const elk = new ELK() as unknown as ElkLike;
const requestOf = (scene: Scene): LayoutRequest => ({
  boxes: scene.boxes,
  roots: scene.roots,
  direction: scene.direction,
});

/** No two boxes overlap. */
function expectNoOverlap(scene: Scene, positions: Record<string, [number, number]>) {
  const rects = scene.boxes
    .filter((b) => b.kind !== 'virtual')
    .map((b) => {
      const [x, y] = positions[b.id] as [number, number];
      return { id: b.id, x, y, w: b.width, h: b.height };
    });
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i]!;
      const b = rects[j]!;
      const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
    }
  }
}

describe('buildScene', () => {
  const data = makeOrg([
    { id: 'ceo', holders: ['alice'] },
    { id: 'ea', reportsTo: 'ceo', assistant: true },
    { id: 'cto', reportsTo: 'ceo' },
    { id: 'dev1', reportsTo: 'cto' },
    { id: 'dev2', reportsTo: 'cto' },
    { id: 'dev3', reportsTo: 'cto' },
    { id: 'cfo', reportsTo: 'ceo' },
    { id: 'acc', reportsTo: 'cfo', dottedLineTo: ['cto'] },
    { id: 'legal', reportsTo: 'ceo' },
    { id: 'hr', reportsTo: 'ceo' },
  ]);
  const index = indexOf(data);
  const tree = buildOrgTree(index);

  it('stacks leaf reports in one block and keeps assistants in the manager box', () => {
    const scene = buildScene(index, tree, new Set(['ceo', 'cto']), 'DOWN');
    const ceo = scene.boxes.find((b) => b.id === 'ceo')!;
    expect(ceo.cards.map((c) => [c.id, c.role])).toEqual([
      ['ceo', 'node'],
      ['ea', 'assistant'],
    ]);
    // cto and cfo have reports → own boxes; legal and hr are leaves → one block.
    expect(ceo.children).toEqual(['cto', 'cfo', blockId('ceo')]);
    const block = scene.boxes.find((b) => b.id === blockId('ceo'))!;
    expect(block.cards.map((c) => c.id)).toEqual(['legal', 'hr']);
    expect(scene.boxes.find((b) => b.id === 'cto')!.children).toEqual([blockId('cto')]);
    expect(scene.cardCount).toBe(9); // ceo, ea, cto, cfo, legal, hr, dev1-3
    expect(scene.cardCount).toBe(scene.boxes.reduce((n, b) => n + b.cards.length, 0));
  });

  it('places block cards in columns without overlap', () => {
    expect([1, 3, 4, 8, 12, 50, 500].map(blockColumns)).toEqual([1, 1, 2, 2, 3, 5, 6]);
    const big = regularOrg(50, 1);
    const idx = indexOf(big);
    const scene = buildScene(idx, buildOrgTree(idx), new Set(['p0']), 'DOWN');
    const block = scene.boxes.find((b) => b.kind === 'block')!;
    expect(block.cards).toHaveLength(50);
    expect(block.width).toBeLessThan(6 * CARD_W + 100);
    const cells = new Set(block.cards.map((c) => `${c.dx},${c.dy}`));
    expect(cells.size).toBe(50);
    for (const c of block.cards) {
      expect(c.dx + CARD_W).toBeLessThanOrEqual(block.width);
      expect(c.dy + CARD_H).toBeLessThanOrEqual(block.height);
    }
  });

  it('adds an unattached group and a virtual top for bad structure', () => {
    const bad = makeOrg([{ id: 'a' }, { id: 'b', reportsTo: 'a' }, { id: 'o', reportsTo: 'zz' }]);
    const idx = indexOf(bad);
    const scene = buildScene(idx, buildOrgTree(idx), new Set(), 'DOWN');
    expect(scene.roots).toEqual([TOP_ID]);
    expect(scene.boxes.find((b) => b.id === TOP_ID)!.children).toEqual(['a', GROUP_ID]);
    expect(scene.boxes.find((b) => b.id === GROUP_ID)!.children).toEqual(['o']);
  });
});

describe('layout engines', () => {
  const data = regularOrg(4, 3);
  const index = indexOf(data);
  const tree = buildOrgTree(index);
  const open = new Set(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6']);

  for (const direction of ['DOWN', 'RIGHT'] as const) {
    it(`ELK mrtree places every box without overlap, levels aligned (${direction})`, async () => {
      const scene = buildScene(index, tree, open, direction);
      const request = requestOf(scene);
      const graph = toElkGraph(request);
      expect(graph.layoutOptions?.['elk.algorithm']).toBe('mrtree');
      expect(graph.edges).toHaveLength(scene.boxes.reduce((n, b) => n + b.children.length, 0));
      const positions = fromElkGraph(request, await elk.layout(graph));
      expectNoOverlap(scene, positions);
      const axis = direction === 'DOWN' ? 1 : 0;
      // Children of the root share one level, below (or right of) the root.
      const kids = scene.boxes.find((b) => b.id === 'p0')!.children;
      const levels = new Set(kids.map((k) => positions[k]![axis]));
      expect(levels.size).toBe(1);
      expect([...levels][0]).toBeGreaterThan(positions.p0![axis]);
    });

    it(`tidy tree places every box without overlap (${direction})`, () => {
      const scene = buildScene(index, tree, open, direction);
      const positions = tidyLayout(requestOf(scene));
      expectNoOverlap(scene, positions);
      const other = direction === 'DOWN' ? 0 : 1;
      const [p0] = scene.boxes.filter((b) => b.id === 'p0');
      const kids = p0!.children.map((k) => positions[k]![other]);
      expect(kids).toEqual([...kids].sort((a, b) => a - b)); // file order kept
    });
  }

  it('runLayout picks tidy above the ELK limit and when asked', async () => {
    const scene = buildScene(index, tree, open, 'DOWN');
    const viaTidy = await runLayout({ ...requestOf(scene), engine: 'tidy' }, () =>
      Promise.resolve(elk),
    );
    expect(viaTidy.engine).toBe('tidy');
    const viaElk = await runLayout(requestOf(scene), () => Promise.resolve(elk));
    expect(viaElk.engine).toBe('elk');
    const failing = await runLayout(requestOf(scene), () =>
      Promise.resolve({
        layout: () => Promise.reject(new RangeError('Maximum call stack size exceeded')),
      }),
    );
    expect(failing.engine).toBe('tidy');
  });
});

describe('toFlow', () => {
  const data = makeOrg(
    [
      { id: 'ceo', holders: ['alice'] },
      { id: 'ea', reportsTo: 'ceo', assistant: true, holders: ['bob'] },
      { id: 'a', reportsTo: 'ceo' },
      { id: 'b', reportsTo: 'ceo', dottedLineTo: ['ea'] },
    ],
    {
      people: [
        { id: 'alice', name: 'Alice Martin' },
        { id: 'bob', name: 'Bob de la Tour', awayUntil: '2999-01-01' },
      ],
    },
  );
  const index = indexOf(data);
  const tree = buildOrgTree(index);
  const expanded = new Set(['ceo']);
  const scene = buildScene(index, tree, expanded, 'DOWN');
  const positions = tidyLayout(requestOf(scene));
  const options = {
    language: 'fr',
    today: '2026-01-01',
    expanded,
    showDotted: true,
    vacantLabel: 'Vacant',
  };

  it('gives every node its size and handles up front', () => {
    const flow = toFlow(index, tree, scene, positions, options);
    expect(flow.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'block:ceo', 'ceo', 'ea']);
    for (const n of flow.nodes) {
      expect(n.width).toBeGreaterThan(0);
      expect(n.height).toBeGreaterThan(0);
      expect(n.handles?.length).toBeGreaterThanOrEqual(2);
    }
    const ceo = flow.nodes.find((n) => n.id === 'ceo')!;
    expect(ceo.data).toMatchObject({
      initials: 'AM',
      holder: 'Alice Martin',
      reports: 3,
      vacant: false,
      expanded: true,
    });
    expect(ceo.ariaLabel).toBe('Titre ceo, Alice Martin');
    const ea = flow.nodes.find((n) => n.id === 'ea')!;
    expect(ea.data).toMatchObject({ away: true, assistant: true, initials: 'BT' });
    expect(flow.nodes.find((n) => n.id === 'a')!.data).toMatchObject({ vacant: true });
    expect(flow.bounds.width).toBeGreaterThan(CARD_W);
  });

  it('draws dotted lines only when on and both ends are shown', () => {
    const on = toFlow(index, tree, scene, positions, options);
    expect(on.edges.filter((e) => e.id.startsWith('d:')).map((e) => [e.source, e.target])).toEqual([
      ['ea', 'b'],
    ]);
    const off = toFlow(index, tree, scene, positions, { ...options, showDotted: false });
    expect(off.edges.some((e) => e.id.startsWith('d:'))).toBe(false);
    expect(off.edges.map((e) => e.id).sort()).toEqual(['a:ea', 'e:block:ceo']);
  });
});
