import { describe, expect, it } from 'vitest';
import { dottedEdgePath, edgePathOf, orgEdgePath } from '../../src/features/chart/card/edgePath';
import { CARD_H, CARD_W, handlePoint, handlesFor } from '../../src/features/chart/card/geometry';
import {
  avatarColor,
  darkPalette,
  palette,
  paletteStyle,
} from '../../src/features/chart/card/palette';
import { buildChartSvg } from '../../src/features/chart/chartSvg';
import { overviewOf } from '../../src/features/chart/overview';
import { headcountBadge, headcountLine } from '../../src/features/chart/card/cardData';
import { chartFlowOf, makeOrg, teamWithAssistant } from './layoutFixture';

const labels = { vacant: 'Vacant', away: 'Away', assistant: 'Assistant', group: 'G', title: 'T' };

function flowOf(direction: 'DOWN' | 'RIGHT') {
  return chartFlowOf(teamWithAssistant(), ['a', 'c'], direction);
}

describe('card geometry', () => {
  it('puts the handles on the sides facing the manager and the reports', () => {
    const down = handlesFor(CARD_W, CARD_H, 'DOWN', false);
    const box = { position: { x: 100, y: 50 }, handles: down };
    expect(handlePoint(box, 't')).toEqual({ point: { x: 100 + CARD_W / 2, y: 50 }, side: 'top' });
    expect(handlePoint(box, 's')).toEqual({
      point: { x: 100 + CARD_W / 2, y: 50 + CARD_H },
      side: 'bottom',
    });
    const right = { position: { x: 0, y: 0 }, handles: handlesFor(CARD_W, CARD_H, 'RIGHT', true) };
    expect(handlePoint(right, 't')).toEqual({ point: { x: 0, y: CARD_H / 2 }, side: 'left' });
    expect(handlePoint(right, 's')).toEqual({ point: { x: CARD_W, y: CARD_H / 2 }, side: 'right' });
    expect(handlePoint(right, 'sa')?.side).toBe('bottom');
  });

  it('draws a reporting line down, along a bus above the report, and down into it', () => {
    expect(orgEdgePath({ x: 0, y: 0 }, { x: 50, y: 100 }, 'bottom', 'top')).toBe(
      'M0,0 V72 H50 V100',
    );
    expect(orgEdgePath({ x: 0, y: 0 }, { x: 100, y: 50 }, 'right', 'left')).toBe(
      'M0,0 H72 V50 H100',
    );
    // An assistant beside the line: down, then across into its left side.
    expect(orgEdgePath({ x: 0, y: 0 }, { x: 30, y: 60 }, 'bottom', 'left')).toBe('M0,0 V60 H30');
    // React Flow's bezier, curvature 0.25: the controls halfway along the sides' axis.
    expect(dottedEdgePath({ x: 0, y: 0 }, { x: 40, y: 100 }, 'bottom', 'top')).toBe(
      'M0,0 C0,50 40,50 40,100',
    );
  });

  it.each(['DOWN', 'RIGHT'] as const)(
    'the overview and the SVG export draw the same reporting lines (%s)',
    (direction) => {
      const flow = flowOf(direction);
      const byId = new Map(flow.nodes.map((n) => [n.id, n]));
      const solid = flow.edges.filter((e) => e.type === 'org');
      const paths = solid.map((e) => edgePathOf(e, byId));
      expect(paths.every((p) => p !== undefined)).toBe(true);
      expect(overviewOf(flow).lines).toBe(paths.join(' '));
      const svg = buildChartSvg(flow, 'en', labels);
      for (const p of paths) expect(svg).toContain(`<path d="${p}"`);
      const dotted = flow.edges.find((e) => e.type === 'dotted');
      expect(dotted).toBeDefined();
      expect(svg).toContain(
        `<path d="${edgePathOf(dotted!, byId)}" fill="none" stroke="${palette.dotted}"`,
      );
    },
  );
});

describe('headcount seats on the chart', () => {
  const org = () =>
    makeOrg([
      { id: 'post', holders: ['x'] },
      { id: 'eo', reportsTo: 'post', headcount: { count: 4, fte: 3.5, grade: 'EO' } },
      { id: 'empty', reportsTo: 'post' },
    ]);

  it('a headcount seat is not vacant: its card says how many people of which grade', () => {
    const flow = chartFlowOf(org(), ['post']);
    const seat = flow.nodes.find((n) => n.id === 'eo')!;
    const empty = flow.nodes.find((n) => n.id === 'empty')!;
    expect(seat.type === 'position' && seat.data.vacant).toBe(false);
    expect(empty.type === 'position' && empty.data.vacant).toBe(true);
    expect(seat.ariaLabel).toBe('Title eo, Headcount 4 · EO · 3.5 FTE');
    expect(empty.ariaLabel).toBe('Title empty, Vacant');
    const svg = buildChartSvg(flow, 'en', { ...labels, headcount: 'Headcount', fte: 'FTE' });
    expect(svg).toContain('>Headcount 4 · EO · 3.5 FTE</text>');
    expect(svg).toContain('>4</text>');
  });

  it('numbers are written the reader’s way', () => {
    const fr = chartFlowOf(org(), ['post'], 'DOWN', 'fr');
    expect(fr.nodes.find((n) => n.id === 'eo')!.ariaLabel).toBe(
      'Titre eo, Headcount 4 · EO · 3,5 FTE',
    );
    const big = { count: 1200 };
    expect(headcountBadge(big, 'en')).toBe('1.2K');
    expect(headcountLine(big, 'fr', { headcount: 'Effectif', fte: 'ETP' })).toBe(
      'Effectif 1\u202f200',
    );
  });
});

describe('card palette', () => {
  it('gives the canvas the colours the SVG export writes', () => {
    const svg = buildChartSvg(flowOf('DOWN'), 'en', labels);
    expect(svg).toContain(`fill="${palette.background}"`);
    expect(svg).toContain(`fill="${palette.card}" stroke="${palette.border}"`);
    expect(svg).toContain(`stroke="${palette.line}"`);
    // The canvas follows the colour scheme: light values as the SVG's, dark ones beside them.
    expect(paletteStyle()['--wf-line']).toBe(`light-dark(${palette.line}, ${darkPalette.line})`);
    expect(paletteStyle()['--wf-vacantCard']).toBe(
      `light-dark(${palette.vacantCard}, ${darkPalette.vacantCard})`,
    );
  });

  it('darkens light unit colours until white initials are readable', () => {
    expect(avatarColor('#1f44c4')).toBe('#1f44c4');
    expect(avatarColor('#ffee88')).not.toBe('#ffee88');
    expect(avatarColor('not a colour')).toBe(palette.unitFallback);
  });
});
