/**
 * How the RACI matrix goes on paper: its position columns split into groups that fit a page
 * across (the topic column and the header row repeated on every page), and each group's rows
 * split into pages down. A group prints only the topics that have a letter in its columns: a
 * sparse matrix of 137 positions would otherwise be mostly blank pages. Sizes are CSS px
 * estimated from the text (no DOM), on the wide side, so printed text never overflows its cell.
 * Pure.
 */
import { wrapText } from '../chart/card/wrapText';

/** Every printed text of the matrix, in points: never under 7. */
export const RACI_PRINT_PT = 8;
const FONT_PX = (RACI_PRINT_PT * 96) / 72;
/** The CSS line height of printed cells (raci-print.css). */
export const LINE_PX = Math.ceil(FONT_PX * 1.25);
/** Padding inside a cell, both sides together, and its borders. */
export const CELL_PAD_PX = 8;
const TOPIC_WIDTH = 190;
/** A letter cell fits two letters side by side ("RA"). */
const MIN_COLUMN = 30;
/** Vertical header titles: at most this many lines when the height allows it. */
const HEADER_LINES = 3;
const HEADER_MIN = 80;
const HEADER_MAX = 220;

export interface RaciPrintInput {
  /** The page's printable area, less its header and footer, CSS px. */
  page: { width: number; height: number };
  /** One per row: the topic's name, and the rule breach printed under it, if any. */
  topics: { name: string; note?: string | undefined }[];
  /** One per position column: its title as printed. */
  columns: string[];
  /** For each row, the indexes of the columns with a letter. */
  lettered: number[][];
}

export interface RaciPrintPage {
  /** Column indexes, consecutive, in order. */
  columns: number[];
  /** Row indexes, in order: the rows with a letter in those columns. */
  rows: number[];
  /** Which group of columns (0-based), and how many groups there are. */
  group: number;
}

export interface RaciPrintPlan {
  topicWidth: number;
  headerHeight: number;
  columnWidths: number[];
  rowHeights: number[];
  groups: number;
  pages: RaciPrintPage[];
}

/**
 * The estimate's margin over the faces seen: DejaVu Sans, the system-ui of Debian's Chromium,
 * runs about 10 % wider than the Arial-like widths of wrapText.
 */
const WIDE_FACE = 1.1;

/** How many lines `text` takes in `width` px at the print size, in bold (titles are). */
function lineCount(text: string, width: number): number {
  return Math.max(1, wrapText(text, width / WIDE_FACE, FONT_PX, 1000, true).length);
}

/**
 * The shortest header (within bounds) in which every title fits in `HEADER_LINES` lines: the
 * titles run bottom to top, so the header's height is their line length.
 */
function headerHeightFor(columns: string[]): number {
  for (let h = HEADER_MIN; h < HEADER_MAX; h += 10) {
    if (columns.every((c) => lineCount(c, h - CELL_PAD_PX) <= HEADER_LINES)) return h;
  }
  return HEADER_MAX;
}

/** Greedy runs of consecutive items whose sizes fit `room` (an item bigger than it stands alone). */
function runs(items: number[], size: (i: number) => number, room: number): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  let used = 0;
  for (const i of items) {
    const s = size(i);
    if (run.length > 0 && used + s > room) {
      out.push(run);
      run = [];
      used = 0;
    }
    run.push(i);
    used += s;
  }
  if (run.length > 0) out.push(run);
  return out;
}

export function raciPrintPlan(input: RaciPrintInput): RaciPrintPlan {
  const { page, topics, columns, lettered } = input;
  const topicWidth = Math.min(TOPIC_WIDTH, Math.floor(page.width * 0.3));
  const headerHeight = Math.min(headerHeightFor(columns), Math.floor(page.height / 3));
  const columnWidths = columns.map((c) =>
    Math.max(MIN_COLUMN, lineCount(c, headerHeight - CELL_PAD_PX) * LINE_PX + CELL_PAD_PX),
  );
  const text = topicWidth - CELL_PAD_PX;
  const rowHeights = topics.map(
    (t) =>
      (lineCount(t.name, text) + (t.note ? lineCount(t.note, text) : 0)) * LINE_PX + CELL_PAD_PX,
  );
  const groups = runs(
    columns.map((_, i) => i),
    (i) => columnWidths[i]!,
    page.width - topicWidth,
  );
  const pages: RaciPrintPage[] = [];
  groups.forEach((group, g) => {
    const inGroup = new Set(group);
    const rows = topics.map((_, r) => r).filter((r) => lettered[r]?.some((c) => inGroup.has(c)));
    for (const band of runs(rows, (r) => rowHeights[r]!, page.height - headerHeight)) {
      pages.push({ columns: group, rows: band, group: g });
    }
  });
  return { topicWidth, headerHeight, columnWidths, rowHeights, groups: groups.length, pages };
}
