/** Shapes shared by the pure layout modules, the layout worker and the chart. */

/** Top-down (`DOWN`) or left-right (`RIGHT`), as ELK names them. */
export type Direction = 'DOWN' | 'RIGHT';

/**
 * One rectangle the layout engine places: a manager (with its assistants), a block of leaf
 * reports, or the header of the group of unattached positions. Cards inside are placed by us.
 */
export interface LayoutBox {
  id: string;
  width: number;
  height: number;
  /** Ids of the boxes below this one, in display order. */
  children: string[];
}

export interface LayoutRequest {
  boxes: LayoutBox[];
  /** Top boxes, in display order. */
  roots: string[];
  direction: Direction;
  /** `auto` uses ELK up to `ELK_MAX_BOXES` boxes, the tidy tree above. */
  engine?: LayoutEngine | 'auto';
}

export type LayoutEngine = 'elk' | 'tidy';

export interface LayoutResult {
  /** Box id → top-left corner. */
  positions: Record<string, [number, number]>;
  engine: LayoutEngine;
  /** Time spent in the engine, ms. */
  ms: number;
}
