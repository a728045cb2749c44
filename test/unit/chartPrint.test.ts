import { describe, expect, it } from 'vitest';
import { areaOf, buildChartSvg } from '../../src/features/chart/chartSvg';
import { partOf, teamOf } from '../../src/features/chart/exportScope';
import {
  MIN_TEXT_PT,
  PAGE_CHROME_PX,
  printableArea,
  printPlan,
} from '../../src/features/chart/printPlan';
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
