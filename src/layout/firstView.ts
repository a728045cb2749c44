/**
 * The chart's first view as one static SVG, built where the org file was checked (the org file
 * worker) from the same steps the chart takes: the adaptive first view (`initialExpansion`), the
 * scene, the tidy-tree layout the chart draws before ELK refines it, and the cards and lines of
 * the SVG export (`chartSvg.ts`). On a first visit the page shows it while React and React Flow
 * are still loading (`features/chart/firstViewPicture.ts`), so the first cards are on screen about as soon as the
 * file is checked; React Flow takes over when it paints. Pure: no DOM, no React.
 *
 * Only the cards the page can show are drawn: the part of the chart that the window, framed as
 * the canvas frames it, covers. At 1k people the whole first view was ~1,500 SVG elements, three
 * quarters of them off screen, and parsing and laying them out held the page's thread ~80 ms
 * before the picture could paint.
 */
import { buildOrgIndex } from '../domain/orgIndex';
import type { OrgData } from '../domain/types';
import { areaOf, buildChartSvg } from '../features/chart/chartSvg';
import { READABLE_ZOOM, frameViewport } from '../features/chart/framing';
import type { Rect } from '../features/chart/printPlan';
import { darkPalette, palette } from '../features/chart/card/palette';
import en from '../i18n/locales/en/chart.json';
import fr from '../i18n/locales/fr/chart.json';
import type { Language } from '../i18n/language';
import { initialExpansion } from './expansion';
import { tidyLayout } from './engines';
import { toFlow } from './flow';
import { buildOrgTree } from './orgTree';
import { buildScene } from './scene';

export interface FirstViewRequest {
  lang: Language;
  /** The page's theme is dark: the cards are drawn in the dark palette, as on the canvas. */
  dark: boolean;
  /** The day "away until" is compared with (`todayIso`), the page's. */
  today: string;
  /**
   * The page's window (CSS px). The chart is framed in a part of it, so what the window would
   * show framed the same way holds every card the picture can show; only those are drawn.
   * Absent: the whole first view.
   */
  window?: { width: number; height: number };
}

export interface FirstView {
  /** The SVG markup; its `viewBox` starts at `origin` in chart coordinates. */
  svg: string;
  origin: { x: number; y: number };
  /** The chart's size, and the top card's box: what `frameViewport` frames, as the canvas does. */
  bounds: { width: number; height: number };
  top: { position: { x: number; y: number }; width: number; height: number } | undefined;
  /** Cards drawn: none, nothing to show. */
  cards: number;
  /** The canvas's background in the palette drawn. */
  background: string;
}

const MESSAGES = { en, fr } as const;

export function buildFirstView(data: OrgData, request: FirstViewRequest): FirstView {
  const { lang } = request;
  const words = MESSAGES[lang];
  const index = buildOrgIndex(data);
  const tree = buildOrgTree(index);
  const expanded = initialExpansion(tree);
  const scene = buildScene(index, tree, expanded, 'DOWN');
  const positions = tidyLayout({ boxes: scene.boxes, roots: scene.roots, direction: 'DOWN' });
  const flow = toFlow(index, tree, scene, positions, {
    language: lang,
    today: request.today,
    expanded,
    showDotted: true,
    vacantLabel: words.node.vacant,
    headcountWords: { headcount: words.node.headcount, fte: words.node.fte },
  });
  const labels = {
    vacant: words.node.vacant,
    headcount: words.node.headcount,
    fte: words.node.fte,
    away: words.node.away,
    assistant: words.node.assistant,
    group: words.group.title,
    title: words.title,
  };
  const colors = request.dark ? darkPalette : palette;
  const topId = tree.roots[0] ?? tree.unattached[0];
  const top = flow.nodes.find((n) => n.id === topId);
  const whole = areaOf(flow);
  const area = request.window ? shownArea(whole, flow.bounds, request.window, top) : whole;
  const svg = buildChartSvg(flow, lang, labels, {
    colors,
    transparent: true,
    ...(request.window ? { rect: area } : {}),
  });
  return {
    svg,
    origin: { x: area.x, y: area.y },
    bounds: { width: flow.bounds.width, height: flow.bounds.height },
    top: top && {
      position: { ...top.position },
      width: top.width ?? 0,
      height: top.height ?? 0,
    },
    cards: flow.nodes.filter((n) => n.type === 'position').length,
    background: colors.background,
  };
}

/**
 * The part of the chart's padded area `whole` that a window of `size` shows, framed as the
 * canvas frames it (`frameViewport`). The page frames the picture in the chart's body, which is
 * inside the window: whether the chart fits or is framed on its top card at READABLE_ZOOM, the
 * body shows a part of this.
 */
export function shownArea(
  whole: Rect,
  bounds: { width: number; height: number },
  size: { width: number; height: number },
  top: { position: { x: number; y: number }; width?: number; height?: number } | undefined,
): Rect {
  const vp = frameViewport(bounds, size.width, size.height, READABLE_ZOOM, top);
  const x = Math.max(whole.x, -vp.x / vp.zoom);
  const y = Math.max(whole.y, -vp.y / vp.zoom);
  const right = Math.min(whole.x + whole.width, (size.width - vp.x) / vp.zoom);
  const bottom = Math.min(whole.y + whole.height, (size.height - vp.y) / vp.zoom);
  return { x, y, width: Math.max(0, right - x), height: Math.max(0, bottom - y) };
}
