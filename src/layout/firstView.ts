/**
 * The chart's first view as one static SVG, built where the org file was checked (the org file
 * worker) from the same steps the chart takes: the adaptive first view (`initialExpansion`), the
 * scene, the tidy-tree layout the chart draws before ELK refines it, and the cards and lines of
 * the SVG export (`chartSvg.ts`). On a first visit the page shows it while React and React Flow
 * are still loading (`features/chart/firstViewPicture.ts`), so the first cards are on screen about as soon as the
 * file is checked; React Flow takes over when it paints. Pure: no DOM, no React.
 */
import { buildOrgIndex } from '../domain/orgIndex';
import type { OrgData } from '../domain/types';
import { areaOf, buildChartSvg } from '../features/chart/chartSvg';
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
}

export interface FirstView {
  /** The SVG markup; its `viewBox` starts at (`origin`, `origin`) in chart coordinates. */
  svg: string;
  origin: number;
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
  const svg = buildChartSvg(flow, lang, labels, {
    colors,
    transparent: true,
  });
  const topId = tree.roots[0] ?? tree.unattached[0];
  const top = flow.nodes.find((n) => n.id === topId);
  return {
    svg,
    origin: areaOf(flow).x,
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
