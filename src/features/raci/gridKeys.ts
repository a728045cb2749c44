/**
 * The RACI grid's keyboard (the ARIA grid pattern): arrows move one cell, Home / End to the
 * row's first / last cell, Ctrl+Home / Ctrl+End to the grid's, Page Up / Page Down a page of
 * rows. Pure: the grid scrolls and focuses the cell it returns.
 */
export type Cell = readonly [row: number, col: number];

export interface GridKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** Rows moved by Page Up / Page Down. */
export const PAGE_ROWS = 10;

/** The cell a key moves to from `at` in a `rows` × `cols` grid, or undefined for other keys. */
export function moveCell(at: Cell, key: GridKey, rows: number, cols: number): Cell | undefined {
  if (rows === 0 || cols === 0) return undefined;
  const [row, col] = at;
  const ctrl = key.ctrlKey === true || key.metaKey === true;
  const to = ((): Cell | undefined => {
    switch (key.key) {
      case 'ArrowUp':
        return [row - 1, col];
      case 'ArrowDown':
        return [row + 1, col];
      case 'ArrowLeft':
        return [row, col - 1];
      case 'ArrowRight':
        return [row, col + 1];
      case 'Home':
        return ctrl ? [0, 0] : [row, 0];
      case 'End':
        return ctrl ? [rows - 1, cols - 1] : [row, cols - 1];
      case 'PageUp':
        return [row - PAGE_ROWS, col];
      case 'PageDown':
        return [row + PAGE_ROWS, col];
      default:
        return undefined;
    }
  })();
  return to && clampCell(to, rows, cols);
}

/** `at` inside the grid (after an edit or a filter made it smaller). */
export function clampCell(at: Cell, rows: number, cols: number): Cell {
  const clamp = (v: number, n: number) => Math.min(Math.max(v, 0), Math.max(n - 1, 0));
  return [clamp(at[0], rows), clamp(at[1], cols)];
}

/** The `data-cell="row:col"` of a grid button, parsed. */
export function cellOf(value: string | undefined): Cell | undefined {
  const match = /^(\d+):(\d+)$/.exec(value ?? '');
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}
