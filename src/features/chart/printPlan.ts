/**
 * How a chart goes on paper: the page's printable area, the scale that keeps the smallest card
 * text at 7 pt or more, and the tiles (in chart coordinates) that each page shows. Pure.
 */
import type { Orientation, PaperSize, PrintSettings } from '../../store/chartPrefsStore';
import { HOLDER_MIN } from './card/geometry';

/** Paper sizes in millimetres, portrait. */
export const PAPER_MM: Record<PaperSize, [number, number]> = {
  A4: [210, 297],
  A3: [297, 420],
  Letter: [215.9, 279.4],
};
export const MARGIN_MM = 10;
const PX_PER_MM = 96 / 25.4;
/** Page header (title, data date) and footer (page number) on each page, CSS px. */
export const PAGE_CHROME_PX = 64;
/** The smallest text a card has, in chart px at scale 1 (a headcount line set small). */
export const SMALLEST_TEXT_PX = HOLDER_MIN;
/** Readable on paper. */
export const MIN_TEXT_PT = 7;
/** A small chart is not blown up beyond this. */
const MAX_SCALE = 1.25;

export const MIN_SCALE = (MIN_TEXT_PT * 96) / 72 / SMALLEST_TEXT_PX;

/** The `@page` rule in styles/print.css for a paper and orientation. */
export const pageName = (s: Pick<PrintSettings, 'paper' | 'orientation'>) =>
  `wf-${s.paper.toLowerCase()}-${s.orientation}`;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of a page the chart may use, CSS px. */
export function printableArea(paper: PaperSize, orientation: Orientation) {
  const [w, h] = PAPER_MM[paper];
  const [pw, ph] = orientation === 'portrait' ? [w, h] : [h, w];
  return {
    width: Math.floor((pw - 2 * MARGIN_MM) * PX_PER_MM),
    height: Math.floor((ph - 2 * MARGIN_MM) * PX_PER_MM) - PAGE_CHROME_PX,
  };
}

export interface PrintPlan {
  scale: number;
  across: number;
  down: number;
  /** The fewest pages across that keep the text readable. */
  minAcross: number;
  /** The smallest card text on paper, in points. */
  textPt: number;
  page: { width: number; height: number };
  /** Each page's part of the chart, row by row, in chart coordinates. */
  tiles: Rect[];
}

/** `occupied`: whether a tile has anything drawn on it; empty tiles are not printed. */
export function printPlan(
  area: Rect,
  settings: PrintSettings,
  occupied: (tile: Rect) => boolean = () => true,
): PrintPlan {
  const page = printableArea(settings.paper, settings.orientation);
  const minAcross = Math.max(1, Math.ceil((area.width * MIN_SCALE) / page.width));
  const across = Math.max(minAcross, Math.round(settings.pagesAcross ?? minAcross));
  const scale = Math.min(MAX_SCALE, (across * page.width) / area.width);
  const tileW = page.width / scale;
  const tileH = page.height / scale;
  const usedAcross = Math.max(1, Math.ceil(area.width / tileW - 1e-6));
  const down = Math.max(1, Math.ceil(area.height / tileH - 1e-6));
  const tiles: Rect[] = [];
  for (let r = 0; r < down; r++) {
    for (let c = 0; c < usedAcross; c++) {
      const tile = { x: area.x + c * tileW, y: area.y + r * tileH, width: tileW, height: tileH };
      if (occupied(tile)) tiles.push(tile);
    }
  }
  return {
    scale,
    across: usedAcross,
    down,
    minAcross,
    textPt: (SMALLEST_TEXT_PX * scale * 72) / 96,
    page,
    tiles,
  };
}
