/**
 * Which rows and columns of the RACI matrix are drawn: TanStack Virtual over the matrix's own
 * scroll frame, rows measured once drawn (a long topic name wraps), position columns of one
 * fixed width. A 1,000 × 3,000 matrix draws the 30-odd rows and columns on screen, not 3 million
 * cells (103 × 137 took 5 s to appear in edit mode and 0.7 s per click at load 19, all drawn).
 * The active cell's row and column are always drawn, so the focused cell never leaves the DOM.
 */
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useState, type RefObject } from 'react';
import { withKept } from './virtualSpans';

/** A position column's width in px: `.raci-col` and `.raci-cell` in views.css say the same. */
export const COL_WIDTH = 46;
const ROW_ESTIMATE = 38;

/** Where the virtualised parts start inside the scroll frame, and what the sticky parts cover. */
interface Box {
  /** The first topic row's top (below the caption and the header row). */
  rowsTop: number;
  /** The sticky header row's height: a row scrolled to must not hide under it. */
  headHeight: number;
  /** The first position column's left (after the topic and shared-channel columns). */
  colsLeft: number;
  /** The sticky topic column's width. */
  stickyLeft: number;
}

interface Options {
  scrollRef: RefObject<HTMLDivElement | null>;
  tableRef: RefObject<HTMLTableElement | null>;
  rowCount: number;
  colCount: number;
  /** The active cell: its row index, and its position column index (-1: none). */
  activeRow: number;
  activeCol: number;
  rowKey: (index: number) => string;
  /** Changes when the header may change size. */
  measureKey: unknown;
}

function measureBox(table: HTMLTableElement): Box {
  const top = table.getBoundingClientRect();
  const head = table.tHead?.getBoundingClientRect();
  const body = table.tBodies[0]?.getBoundingClientRect();
  const corner = table.querySelector('.raci-corner')?.getBoundingClientRect();
  const channel = table.querySelector('thead .raci-channel')?.getBoundingClientRect();
  return {
    rowsTop: Math.round((body?.top ?? top.top) - top.top),
    headHeight: Math.round(head?.height ?? 0),
    colsLeft: Math.round(((channel ?? corner)?.right ?? top.left) - top.left),
    stickyLeft: Math.round(corner?.width ?? 0),
  };
}

const sameBox = (a: Box, b: Box) =>
  a.rowsTop === b.rowsTop &&
  a.headHeight === b.headHeight &&
  a.colsLeft === b.colsLeft &&
  a.stickyLeft === b.stickyLeft;

export function useRaciWindow(o: Options) {
  const [box, setBox] = useState<Box>({ rowsTop: 0, headHeight: 0, colsLeft: 0, stickyLeft: 0 });
  // Again when the header changes (language, columns) or the window's size (phones: narrower
  // topic column).
  const { tableRef, measureKey } = o;
  useLayoutEffect(() => {
    const measure = () => {
      if (!tableRef.current) return;
      const next = measureBox(tableRef.current);
      setBox((b) => (sameBox(b, next) ? b : next));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [tableRef, measureKey]);
  const getScrollElement = () => o.scrollRef.current;
  const rows = useVirtualizer({
    count: o.rowCount,
    getScrollElement,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    scrollMargin: box.rowsTop,
    scrollPaddingStart: box.headHeight,
    getItemKey: o.rowKey,
    rangeExtractor: (range) => withKept(defaultRangeExtractor(range), [o.activeRow], o.rowCount),
  });
  const cols = useVirtualizer({
    horizontal: true,
    count: o.colCount,
    getScrollElement,
    estimateSize: () => COL_WIDTH,
    overscan: 4,
    scrollMargin: box.colsLeft,
    scrollPaddingStart: box.stickyLeft,
    rangeExtractor: (range) => withKept(defaultRangeExtractor(range), [o.activeCol], o.colCount),
  });
  return { rows, cols, box };
}
