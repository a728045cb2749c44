/**
 * The card's geometry, free of any framework: its size, where its connection points (handles)
 * sit, and where a line meets them. The React Flow nodes, the layout, the overview and the SVG
 * export all read these, so the screen and the export can never disagree.
 */
import type { Direction } from '../../../layout/types';

export const CARD_W = 236;
export const CARD_H = 92;
/** The smallest px size a headcount seat's line is set at before it wraps (canvas and SVG). */
export const HOLDER_MIN = 10;
/**
 * The smallest px size a long title is set at before its second line ends with an ellipsis:
 * the sample's longest (« Responsable de la sécurité des systèmes d’information ») needs 10.
 * No smaller than HOLDER_MIN, which print plans keep at 7 pt.
 */
export const TITLE_MIN = HOLDER_MIN;
/** Height of the header card of the unattached group. */
export const GROUP_H = 56;
/** Side of a handle square. */
export const HANDLE = 8;

/** The side of a box a line leaves or enters by: the values of React Flow's `Position`. */
export type Side = 'top' | 'right' | 'bottom' | 'left';

/** A connection point, in the box's own coordinates (React Flow's `NodeHandle` shape). */
export interface CardHandle {
  /** `t` from the manager, `s` to the reports, `sa`/`ta` for the line to an assistant. */
  id: 't' | 's' | 'sa' | 'ta';
  type: 'source' | 'target';
  position: Side;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Target handle on the side facing the manager, source handle on the side facing reports;
 * with `withAssist`, a source at the bottom and a target on the left for assistants' lines.
 */
export function handlesFor(
  width: number,
  height: number,
  direction: Direction,
  withAssist: boolean,
): CardHandle[] {
  const down = direction === 'DOWN';
  const handle = (id: CardHandle['id'], position: Side, x: number, y: number): CardHandle => ({
    id,
    type: id.startsWith('s') ? 'source' : 'target',
    position,
    x,
    y,
    width: HANDLE,
    height: HANDLE,
  });
  const midX = width / 2 - HANDLE / 2;
  const midY = height / 2 - HANDLE / 2;
  const bottom = height - HANDLE;
  const handles = down
    ? [handle('t', 'top', midX, 0), handle('s', 'bottom', midX, bottom)]
    : [handle('t', 'left', 0, midY), handle('s', 'right', width - HANDLE, midY)];
  if (withAssist) {
    handles.push(handle('sa', 'bottom', down ? midX : 16, bottom), handle('ta', 'left', 0, midY));
  }
  return handles;
}

/** A placed box with its handles (a React Flow node is one). */
export interface PlacedBox {
  position: Point;
  handles?: readonly {
    id?: string | null;
    position: string;
    x: number;
    y: number;
    width?: number;
    height?: number;
  }[];
}

/**
 * Where a line meets the handle `handleId` of `box` (the first handle when it has no such id),
 * in chart coordinates: the middle of the handle's outer edge, as React Flow computes it.
 */
export function handlePoint(
  box: PlacedBox,
  handleId: string | null | undefined,
): { point: Point; side: Side } | undefined {
  const h = box.handles?.find((x) => x.id === handleId) ?? box.handles?.[0];
  if (!h) return undefined;
  const x = box.position.x + h.x;
  const y = box.position.y + h.y;
  const w = h.width ?? 0;
  const hh = h.height ?? 0;
  const side = h.position as Side;
  switch (side) {
    case 'top':
      return { point: { x: x + w / 2, y }, side };
    case 'bottom':
      return { point: { x: x + w / 2, y: y + hh }, side };
    case 'left':
      return { point: { x, y: y + hh / 2 }, side };
    default:
      return { point: { x: x + w, y: y + hh / 2 }, side: 'right' };
  }
}
