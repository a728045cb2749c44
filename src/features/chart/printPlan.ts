/**
 * How a chart goes on paper (the page's printable area: domain/paper.ts): the scale that keeps the smallest card
 * text at 7 pt or more, and the tiles (in chart coordinates) that each page shows. Pure.
 */
import { printableArea } from '../../domain/paper';
import type { PrintSettings } from '../../store/printPrefsStore';
import { HOLDER_MIN } from './card/geometry';

/** The smallest text a card has, in chart px at scale 1 (a headcount line set small). */
export const SMALLEST_TEXT_PX = HOLDER_MIN;
/** Readable on paper. */
export const MIN_TEXT_PT = 7;
/** A small chart is not blown up beyond this. */
const MAX_SCALE = 1.25;

export const MIN_SCALE = (MIN_TEXT_PT * 96) / 72 / SMALLEST_TEXT_PX;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
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
  /**
   * Each page's part of the chart, row by row, in chart coordinates: never more than a page
   * holds, less where a page ends before a card; they overlap where cards are repeated.
   */
  tiles: Rect[];
}

/** Room left between a page's edge and the card it moved before (chart px): its border shows. */
const CUT_GAP = 4;

/**
 * The spans [from, to] that split [start, end) into pages of at most `span`, so that every box
 * ([lo, hi) intervals: the cards) lies whole in one of them. A page ends in a gap between boxes,
 * moved back by up to half a page; where there is no gap (cards of several levels side by
 * side), it ends where it must and the next page starts before the cards it cut, which it
 * shows whole (they are printed on the page where they are whole, so some appear twice).
 * A box longer than half a page may still be cut.
 */
export function spansAlong(
  start: number,
  end: number,
  span: number,
  boxes: readonly (readonly [number, number])[],
): [number, number][] {
  const crossing = (x: number) => boxes.filter(([lo, hi]) => lo < x && x < hi);
  const out: [number, number][] = [];
  let at = start;
  for (;;) {
    const ideal = at + span;
    if (ideal >= end - 1e-6) {
      out.push([at, end]);
      return out;
    }
    let cut = ideal;
    let cuts = crossing(cut);
    while (cuts.length > 0) {
      const back = Math.min(...cuts.map(([lo]) => lo)) - CUT_GAP;
      if (back < at + span / 2) break;
      cut = back;
      cuts = crossing(cut);
    }
    if (cuts.length === 0) {
      out.push([at, cut]);
      at = cut;
      continue;
    }
    out.push([at, ideal]);
    const next = Math.min(...crossing(ideal).map(([lo]) => lo)) - CUT_GAP;
    at = next >= at + span / 2 ? next : ideal;
  }
}

/**
 * `occupied`: whether a tile has anything drawn on it; empty tiles are not printed. `cards`:
 * the cards' boxes, each to be printed whole on some page (`spansAlong`: rows of pages first,
 * then each row across, over the cards whole in it). A page then draws only the cards whole
 * in its tile (`SvgPart.whole`).
 */
export function printPlan(
  area: Rect,
  settings: PrintSettings,
  occupied: (tile: Rect) => boolean = () => true,
  cards: readonly Rect[] = [],
): PrintPlan {
  const page = printableArea(settings.paper, settings.orientation);
  const minAcross = Math.max(1, Math.ceil((area.width * MIN_SCALE) / page.width));
  const across = Math.max(minAcross, Math.round(settings.pagesAcross ?? minAcross));
  const scale = Math.min(MAX_SCALE, (across * page.width) / area.width);
  const tileW = page.width / scale;
  const tileH = page.height / scale;
  const rows = spansAlong(
    area.y,
    area.y + area.height,
    tileH,
    cards.map((c) => [c.y, c.y + c.height] as const),
  );
  const tiles: Rect[] = [];
  let usedAcross = 1;
  for (const [y0, y1] of rows) {
    // The cards printed in this row of pages: the ones whole in it (others are whole in another).
    const inRow = cards.filter((c) => c.y >= y0 - 1e-6 && c.y + c.height <= y1 + 1e-6);
    const cols = spansAlong(
      area.x,
      area.x + area.width,
      tileW,
      inRow.map((c) => [c.x, c.x + c.width] as const),
    );
    usedAcross = Math.max(usedAcross, cols.length);
    for (const [x0, x1] of cols) {
      const tile = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
      if (occupied(tile)) tiles.push(tile);
    }
  }
  const down = rows.length;
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
