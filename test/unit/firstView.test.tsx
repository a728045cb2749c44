/**
 * The chart's first view of a first visit: drawn as SVG from the checked data (the org file
 * worker's job, `layout/firstView.ts`), the same cards as the canvas's first view, and shown on
 * the page until React Flow paints its own (`features/chart/firstViewPicture.ts`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateOrg } from '../../src/domain/validate';
import type { OrgData } from '../../src/domain/types';
import { buildFirstView, shownArea, type FirstView } from '../../src/layout/firstView';
import { READABLE_ZOOM, frameViewport } from '../../src/features/chart/framing';
import { buildOrgIndex } from '../../src/domain/orgIndex';
import { buildOrgTree } from '../../src/layout/orgTree';
import { initialExpansion } from '../../src/layout/expansion';
import { darkPalette, palette } from '../../src/features/chart/card/palette';
import {
  dropFirstView,
  firstViewRequest,
  showFirstView,
} from '../../src/features/chart/firstViewPicture';
import { makeOrg } from './layoutFixture';

const sample = (() => {
  const path = resolve(process.cwd(), 'data/sample-org.json');
  const result = validateOrg(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.data) throw new Error('the sample must validate');
  return result.data;
})();

const today = '2026-12-02';

/** Position ids whose card is in the first view the canvas opens with. */
function canvasFirstView(data: OrgData): Set<string> {
  const tree = buildOrgTree(buildOrgIndex(data));
  const open = initialExpansion(tree);
  const shown = new Set([...tree.roots, ...tree.unattached]);
  for (const id of open) for (const kid of tree.childrenOf.get(id) ?? []) shown.add(kid);
  return shown;
}

describe('the first view drawn from the data', () => {
  it('draws the cards the canvas opens with, in the language asked', () => {
    const en = buildFirstView(sample, { lang: 'en', dark: false, today });
    const fr = buildFirstView(sample, { lang: 'fr', dark: false, today });
    const ids = canvasFirstView(sample);
    expect(en.cards).toBe(ids.size);
    expect(en.cards).toBeGreaterThan(10);
    const titleOf = (id: string, lang: 'en' | 'fr') => {
      const title = sample.positions.find((p) => p.id === id)?.title;
      return typeof title === 'string' ? title : (title?.[lang] ?? title?.en ?? '');
    };
    const someId = [...ids][1]!;
    expect(en.svg).toContain(`<title>${titleOf(someId, 'en').replace(/&/g, '&amp;')}</title>`);
    expect(fr.svg).toContain(`<title>${titleOf(someId, 'fr').replace(/&/g, '&amp;')}</title>`);
    expect(en.top?.position).toBeDefined();
    expect(en.bounds.width).toBeGreaterThan(0);
  });

  it('draws in the dark palette for a dark page, on no background of its own', () => {
    const dark = buildFirstView(sample, { lang: 'en', dark: true, today });
    const light = buildFirstView(sample, { lang: 'en', dark: false, today });
    expect(dark.svg).toContain(`fill="${darkPalette.card}"`);
    expect(dark.svg).toContain(`stroke="${darkPalette.border}"`);
    expect(dark.svg).not.toContain(`stroke="${palette.border}"`);
    expect(light.svg).toContain(`fill="${palette.card}"`);
    expect(dark.background).toBe(darkPalette.background);
    expect(light.svg).not.toContain(`fill="${palette.background}"`);
  });

  it('draws only the cards the window can show, the top card among them', () => {
    // A boss with 40 managers of two reports each: one wide row, of which a 1400 px window
    // at READABLE_ZOOM shows a few.
    const org = makeOrg([
      { id: 'boss' },
      ...Array.from({ length: 40 }, (_, i) => [
        { id: `m${i}`, reportsTo: 'boss' },
        { id: `m${i}a`, reportsTo: `m${i}` },
        { id: `m${i}b`, reportsTo: `m${i}` },
      ]).flat(),
    ]);
    org.positions[0]!.title = { en: 'The Boss' };
    const whole = buildFirstView(org, { lang: 'en', dark: false, today });
    const framed = buildFirstView(org, {
      lang: 'en',
      dark: false,
      today,
      window: { width: 1400, height: 900 },
    });
    const titles = (svg: string) => svg.match(/<title>/g)?.length ?? 0;
    expect(titles(whole.svg)).toBeGreaterThan(40);
    expect(titles(framed.svg)).toBeLessThan(titles(whole.svg) / 2);
    expect(titles(framed.svg)).toBeGreaterThan(5);
    expect(framed.svg).toContain('<title>The Boss</title>');
    // The SVG's own coordinates start where the picture is placed.
    const [x, y] = /viewBox="([-\d.]+) ([-\d.]+)/.exec(framed.svg)!.slice(1).map(Number);
    expect(framed.origin).toEqual({ x, y });
    expect(whole.origin.x).toBeLessThan(framed.origin.x);
  });

  it('covers what any chart body inside the window shows, framed as the canvas frames it', () => {
    const whole = { x: -24, y: -24, width: 20_048, height: 3_048 };
    const bounds = { width: 20_000, height: 3_000 };
    const window = { width: 1400, height: 900 };
    for (const [topX, bodyW, bodyH] of [
      [9_000, 1400, 900],
      [9_000, 1100, 640],
      [0, 1400, 900],
      [19_700, 900, 500],
      [4_000, 375, 700],
    ] as const) {
      const top = { position: { x: topX, y: 0 }, width: 260, height: 92 };
      const area = shownArea(whole, bounds, window, top);
      const vp = frameViewport(bounds, bodyW, bodyH, READABLE_ZOOM, top);
      const seen = {
        x: Math.max(whole.x, -vp.x / vp.zoom),
        y: Math.max(whole.y, -vp.y / vp.zoom),
        right: Math.min(whole.x + whole.width, (bodyW - vp.x) / vp.zoom),
        bottom: Math.min(whole.y + whole.height, (bodyH - vp.y) / vp.zoom),
      };
      expect(area.x).toBeLessThanOrEqual(seen.x);
      expect(area.y).toBeLessThanOrEqual(seen.y);
      expect(area.x + area.width).toBeGreaterThanOrEqual(seen.right);
      expect(area.y + area.height).toBeGreaterThanOrEqual(seen.bottom);
      expect(area.width).toBeLessThan(whole.width / 2);
    }
    // A chart that fits the window is drawn whole.
    const small = { x: -24, y: -24, width: 1048, height: 648 };
    expect(shownArea(small, { width: 1000, height: 600 }, window, undefined)).toEqual(small);
  });

  it('keeps markup in the data as text', () => {
    const org = makeOrg([{ id: 'boss' }, { id: 'x', reportsTo: 'boss' }]);
    org.positions[1]!.title = { en: '<script>alert(1)</script> & <b>co</b>' };
    const view = buildFirstView(org, { lang: 'en', dark: false, today });
    expect(view.svg).not.toMatch(/<script|<b>/);
    expect(view.svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;co');
  });
});

describe('the first view on the page', () => {
  let view: FirstView;
  beforeEach(() => {
    view = buildFirstView(sample, { lang: 'en', dark: false, today });
    window.location.hash = '#/chart';
    document.body.innerHTML = '';
  });
  afterEach(() => {
    dropFirstView();
    vi.useRealTimers();
  });

  const picture = () => document.getElementById('wf-first-view');

  it('is asked for on the chart itself only', () => {
    expect(firstViewRequest('#/chart', today)).toMatchObject({ lang: 'en', today });
    expect(firstViewRequest('#/chart/ceo', today)).toBeUndefined();
    expect(firstViewRequest('#/search?q=payslip', today)).toBeUndefined();
    expect(firstViewRequest('', today)).toBeUndefined();
  });

  it('shows the cards as a picture hidden from assistive technology and pointers', () => {
    showFirstView(view);
    const shown = picture();
    expect(shown).not.toBeNull();
    expect(shown?.getAttribute('aria-hidden')).toBe('true');
    expect(shown?.querySelectorAll('svg title').length).toBeGreaterThan(view.cards);
    expect(shown?.style.background).not.toBe('');
  });

  it('goes once React Flow has drawn its cards', async () => {
    showFirstView(view);
    const node = document.createElement('div');
    node.className = 'react-flow__node react-flow__node-position';
    document.body.append(node);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(picture()).toBeNull();
  });

  it('goes when the user leaves the chart, and is not shown elsewhere', async () => {
    showFirstView(view);
    window.location.hash = '#/search';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(picture()).toBeNull();
    showFirstView(view);
    expect(picture()).toBeNull();
  });

  it('is not shown over a chart already drawn, nor for an organisation with no position', () => {
    showFirstView({ ...view, cards: 0 });
    expect(picture()).toBeNull();
    const node = document.createElement('div');
    node.className = 'react-flow__node-position';
    document.body.append(node);
    showFirstView(view);
    expect(picture()).toBeNull();
  });

  it('goes when the chart frame is drawn but no card comes (a layout error is not hidden)', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'performance'] });
    showFirstView(view);
    const body = document.createElement('div');
    body.className = 'wf-chart-body';
    document.body.append(body);
    vi.advanceTimersByTime(1_000);
    expect(picture()).not.toBeNull();
    vi.advanceTimersByTime(5_000);
    expect(picture()).toBeNull();
  });

  it('never shows a picture that is not well-formed SVG', () => {
    showFirstView({ ...view, svg: '<svg><g></svg' });
    expect(picture()).toBeNull();
  });
});
