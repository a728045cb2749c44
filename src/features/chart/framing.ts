/**
 * Where the view goes, as pure functions of the chart's size and the pane's: the first view and
 * "First view" / direction switches (the top levels, readable), and the smallest pan that shows
 * a card whole (keyboard moves to a card at the edge).
 */
import type { Viewport } from '@xyflow/react';
import type { Direction } from '../../layout/types';

/** The first view and a reframe fit everything at this zoom or more, else show the top at it. */
export const READABLE_ZOOM = 0.5;

/** Space kept between the pane's edge and the chart or a card shown whole. */
export const FRAME_PAD = 24;

interface Box {
  position: { x: number; y: number };
  width?: number;
  height?: number;
}

/**
 * Fits the whole chart when that keeps zoom ≥ `minZoom`; otherwise shows it at `minZoom` from
 * the top card's side: top-down from the top edge, centred on the top card; left-right from
 * the left edge, centred on it vertically (computed from known sizes: no measuring).
 */
export function frameViewport(
  bounds: { width: number; height: number },
  width: number,
  height: number,
  minZoom: number,
  top: Box | undefined,
  direction: Direction = 'DOWN',
): Viewport {
  const pad = FRAME_PAD;
  const { width: bw, height: bh } = bounds;
  const fitZoom = Math.min(
    (width - 2 * pad) / Math.max(bw, 1),
    (height - 2 * pad) / Math.max(bh, 1),
    1,
  );
  if (fitZoom >= minZoom) {
    return { x: (width - bw * fitZoom) / 2, y: (height - bh * fitZoom) / 2, zoom: fitZoom };
  }
  const zoom = minZoom;
  if (!top) return { x: width / 2 - (bw / 2) * zoom, y: pad, zoom };
  if (direction === 'RIGHT') {
    const centreY = top.position.y + (top.height ?? 0) / 2;
    return { x: pad, y: height / 2 - centreY * zoom, zoom };
  }
  const centreX = top.position.x + (top.width ?? 0) / 2;
  return { x: width / 2 - centreX * zoom, y: pad, zoom };
}

/**
 * The viewport moved just enough for `box` to be inside the pane with `margin` to spare, or
 * `undefined` when it already is. A box larger than the pane is aligned on its top-left corner.
 */
export function panToShow(
  box: Box,
  viewport: Viewport,
  width: number,
  height: number,
  margin = FRAME_PAD,
): Viewport | undefined {
  const { x, y, zoom } = viewport;
  const left = box.position.x * zoom + x;
  const top = box.position.y * zoom + y;
  const right = left + (box.width ?? 0) * zoom;
  const bottom = top + (box.height ?? 0) * zoom;
  const shift = (start: number, end: number, size: number) => {
    if (start < margin || end - start > size - 2 * margin) return margin - start;
    if (end > size - margin) return size - margin - end;
    return 0;
  };
  const dx = shift(left, right, width);
  const dy = shift(top, bottom, height);
  if (dx === 0 && dy === 0) return undefined;
  return { x: x + dx, y: y + dy, zoom };
}

/**
 * The point to centre on to reveal `card` at `zoom`: the card itself, or the card and its
 * manager together when both fit in the pane (the chain then reads from the screen).
 */
export function revealPoint(
  card: Box,
  manager: Box | undefined,
  zoom: number,
  width: number,
  height: number,
): { x: number; y: number } {
  const right = (b: Box) => b.position.x + (b.width ?? 0);
  const bottom = (b: Box) => b.position.y + (b.height ?? 0);
  const centre = {
    x: (card.position.x + right(card)) / 2,
    y: (card.position.y + bottom(card)) / 2,
  };
  if (!manager) return centre;
  const x0 = Math.min(card.position.x, manager.position.x);
  const y0 = Math.min(card.position.y, manager.position.y);
  const x1 = Math.max(right(card), right(manager));
  const y1 = Math.max(bottom(card), bottom(manager));
  const room = (size: number) => (size - 2 * FRAME_PAD) / zoom;
  if (x1 - x0 > room(width) || y1 - y0 > room(height)) return centre;
  return { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
}
