import { describe, expect, it } from 'vitest';
import { areaOf, buildChartSvg, cardBoxes } from '../../src/features/chart/chartSvg';
import { partOf, teamOf } from '../../src/features/chart/exportScope';
import { PAGE_CHROME_PX, printableArea } from '../../src/domain/paper';
import { MIN_TEXT_PT, printPlan, spansAlong, type Rect } from '../../src/features/chart/printPlan';
import { expandAll, expandSubtree } from '../../src/layout/expansion';
import { buildOrgTree } from '../../src/layout/orgTree';
import { chartFlowOf, indexOf, regularOrg } from './layoutFixture';

const labels = {
  vacant: 'Vacant',
  away: 'Away',
  assistant: 'Assistant',
  group: 'Unattached',
  title: 'Chart',
};
const titlesOf = (svg: string) =>
  [...svg.matchAll(/<g><title>([^<]*)<\/title>/g)].map((m) => m[1]).sort();

describe('print plan', () => {
  it('A4 landscape leaves the page, less margins and the header and footer, to the chart', () => {
    const a4 = printableArea('A4', 'landscape');
    // 297 × 210 mm less 2 × 10 mm margins, at 96 px per inch.
    expect(a4.width).toBe(Math.floor((277 * 96) / 25.4));
    expect(a4.height).toBe(Math.floor((190 * 96) / 25.4) - PAGE_CHROME_PX);
    const letter = printableArea('Letter', 'portrait');
    expect(letter.width).toBeLessThan(letter.height);
  });

  it('a wide chart is split over as many pages across as keep its text at 7 pt or more', () => {
    const area = { x: -24, y: -24, width: 12_124, height: 900 };
    const plan = printPlan(area, { paper: 'A4', orientation: 'landscape', pagesAcross: undefined });
    expect(plan.textPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    expect(plan.across).toBeGreaterThan(1);
    expect(plan.tiles).toHaveLength(plan.across * plan.down);
    // The tiles cover the whole chart, edge to edge, row by row.
    const last = plan.tiles[plan.tiles.length - 1]!;
    expect(plan.tiles[0]).toMatchObject({ x: area.x, y: area.y });
    expect(last.x + last.width).toBeGreaterThanOrEqual(area.x + area.width - 1e-6);
    expect(last.y + last.height).toBeGreaterThanOrEqual(area.y + area.height - 1e-6);
    expect(plan.tiles[1]!.x).toBeCloseTo(area.x + plan.tiles[0]!.width);
  });

  it('asking for fewer pages than readable is refused; more pages make a bigger poster', () => {
    const area = { x: 0, y: 0, width: 6_000, height: 1_500 };
    const base = printPlan(area, { paper: 'A3', orientation: 'landscape', pagesAcross: undefined });
    const squeezed = printPlan(area, { paper: 'A3', orientation: 'landscape', pagesAcross: 1 });
    expect(squeezed.across).toBe(base.minAcross);
    expect(squeezed.textPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    const poster = printPlan(area, {
      paper: 'A3',
      orientation: 'landscape',
      pagesAcross: base.minAcross + 1,
    });
    expect(poster.across).toBe(base.minAcross + 1);
    expect(poster.textPt).toBeGreaterThan(base.textPt);
  });

  it('a small chart is one page, not blown up', () => {
    const plan = printPlan(
      { x: 0, y: 0, width: 500, height: 300 },
      { paper: 'A4', orientation: 'portrait', pagesAcross: undefined },
    );
    expect(plan.tiles).toHaveLength(1);
    expect(plan.scale).toBeLessThanOrEqual(1.25);
  });
});

const whole = (t: Rect, c: Rect) =>
  c.x >= t.x && c.y >= t.y && c.x + c.width <= t.x + t.width && c.y + c.height <= t.y + t.height;

describe('page cuts and cards', () => {
  it('a page ends in the gap before a card it would cut', () => {
    // Pages of 100 over [0, 300); a card over 90-140 would be cut at 100.
    expect(spansAlong(0, 300, 100, [[90, 140]])).toEqual([
      [0, 86],
      [86, 186],
      [186, 286],
      [286, 300],
    ]);
    // Back before the card crossing, not the one before it.
    expect(
      spansAlong(0, 200, 100, [
        [10, 50],
        [60, 120],
      ])[0],
    ).toEqual([0, 56]);
  });

  it('with no gap, the next page starts before the cards cut, repeated there whole', () => {
    // Cards overlapping end to end over x (two levels side by side): no gap to cut in.
    const boxes = Array.from({ length: 10 }, (_, i) => [i * 30, i * 30 + 40] as const);
    const spans = spansAlong(0, 340, 100, boxes);
    for (const [lo, hi] of boxes) {
      expect(
        spans.some(([a, b]) => lo >= a && hi <= b),
        `${lo}-${hi}`,
      ).toBe(true);
    }
    for (const [a, b] of spans) expect(b - a).toBeLessThanOrEqual(100);
    // Pages overlap, and always move on.
    expect(spans[1]![0]).toBeLessThan(spans[0]![1]);
    spans.slice(1).forEach(([a], i) => expect(a).toBeGreaterThan(spans[i]![0]));
  });

  it('every card of a wide, tall chart is whole on some page (the plain grid cut some)', () => {
    // Rows of 236 × 92 cards, every other row shifted: over x the cards leave no gap.
    const cards: Rect[] = [];
    for (let r = 0; r < 12; r++) {
      for (let c = 0; c < 60; c++) {
        cards.push({ x: c * 276 + (r % 2) * 120, y: r * 200, width: 236, height: 92 });
      }
    }
    const area = { x: -24, y: -24, width: 60 * 276 + 168, height: 12 * 200 + 48 };
    const settings = { paper: 'A4', orientation: 'landscape', pagesAcross: undefined } as const;
    const grid = printPlan(area, settings);
    expect(cards.some((c) => !grid.tiles.some((t) => whole(t, c)))).toBe(true);
    const plan = printPlan(area, settings, () => true, cards);
    for (const c of cards) {
      expect(
        plan.tiles.some((t) => whole(t, c)),
        JSON.stringify(c),
      ).toBe(true);
    }
    expect(plan.textPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    for (const t of plan.tiles) {
      expect(t.width * plan.scale).toBeLessThanOrEqual(plan.page.width + 1e-6);
      expect(t.height * plan.scale).toBeLessThanOrEqual(plan.page.height + 1e-6);
    }
  });

  it('a printed page draws only the cards whole on it', () => {
    const data = regularOrg(4, 3);
    const flow = chartFlowOf(data, [...expandAll(buildOrgTree(indexOf(data)))]);
    const area = areaOf(flow);
    const cards = cardBoxes(flow, {});
    expect(cards.length).toBeGreaterThan(20);
    // A3 portrait at 3 pages across: several pages for this chart.
    const plan = printPlan(
      area,
      { paper: 'A4', orientation: 'portrait', pagesAcross: 3 },
      () => true,
      cards,
    );
    expect(plan.tiles.length).toBeGreaterThan(1);
    const printed = new Set<string>();
    for (const tile of plan.tiles) {
      const svg = buildChartSvg(flow, 'en', labels, { rect: tile, scale: plan.scale, whole: true });
      for (const title of titlesOf(svg)) printed.add(title!);
      const drawn = flow.nodes.filter(
        (n) => n.type === 'position' && titlesOf(svg).includes(`Title ${n.id}`),
      );
      for (const n of drawn) {
        expect(whole(tile, { ...n.position, width: n.width!, height: n.height! })).toBe(true);
      }
    }
    // Every card is printed.
    expect(printed.size).toBe(flow.nodes.filter((n) => n.type === 'position').length);
  });
});

describe('drawing a part of the chart', () => {
  const data = regularOrg(3, 2);
  const tree = buildOrgTree(indexOf(data));
  const flow = chartFlowOf(data, [...expandAll(tree)]);

  it('a team holds the card, everyone under it, and nothing else', () => {
    const whole = buildChartSvg(flow, 'en', labels);
    expect([...teamOf(tree, 'p1')].sort()).toEqual(['p1', 'p4', 'p5', 'p6']);
    const svg = buildChartSvg(
      flow,
      'en',
      labels,
      partOf({ kind: 'team', id: 'p1' }, tree, undefined),
    );
    expect(titlesOf(svg)).toEqual(['Title p1', 'Title p4', 'Title p5', 'Title p6']);
    // Its lines are the team's own (one to its leaf block), none from p0.
    expect([...svg.matchAll(/<path /g)]).toHaveLength(1);
    expect([...whole.matchAll(/<path /g)]).toHaveLength(6);
    expect(titlesOf(whole)).toHaveLength(13);
  });

  it('a page shows the cards that cross it, at its scale, in its frame', () => {
    const area = areaOf(flow);
    const half = { ...area, width: area.width / 2 };
    const svg = buildChartSvg(flow, 'en', labels, { rect: half, scale: 0.5 });
    expect(svg).toContain(`viewBox="${half.x} ${half.y} ${half.width} ${half.height}"`);
    expect(svg).toContain(`width="${Math.ceil(half.width * 0.5)}"`);
    const shown = titlesOf(svg);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(13);
    expect(shown).toContain('Title p4');
    expect(shown).not.toContain('Title p12');
  });

  it('"open the whole team" opens every level under the card and nothing beside it', () => {
    const open = expandSubtree(tree, new Set(['p0']), 'p1');
    expect([...open].sort()).toEqual(['p0', 'p1']);
    expect(expandSubtree(tree, new Set(), 'p0')).toEqual(expandAll(tree));
  });
});
