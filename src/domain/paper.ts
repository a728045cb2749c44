/**
 * The paper a chart or a RACI matrix is printed on: the sizes offered, their dimensions, and
 * the part of a page left for the content inside the margins and the page's frame (title,
 * data date, page number: styles/print.css). One home for both prints. Pure.
 */

export type PaperSize = 'A4' | 'A3' | 'Letter';
export type Orientation = 'portrait' | 'landscape';

/** Paper sizes in millimetres, portrait. */
export const PAPER_MM: Record<PaperSize, [number, number]> = {
  A4: [210, 297],
  A3: [297, 420],
  Letter: [215.9, 279.4],
};

/** The paper sizes a user can choose, in the order they are offered. */
export const PAPERS = Object.keys(PAPER_MM) as PaperSize[];

/** The orientations offered, the usual one for a wide chart or matrix first. */
export const ORIENTATIONS: readonly Orientation[] = ['landscape', 'portrait'];

export const MARGIN_MM = 10;
const PX_PER_MM = 96 / 25.4;
/** Page header (title, data date) and footer (page number) on each page, CSS px. */
export const PAGE_CHROME_PX = 64;

/** The `@page` rule in styles/print.css for a paper and orientation. */
export const pageName = (s: { paper: PaperSize; orientation: Orientation }) =>
  `wf-${s.paper.toLowerCase()}-${s.orientation}`;

/** The part of a page the content may use, CSS px. */
export function printableArea(paper: PaperSize, orientation: Orientation) {
  const [w, h] = PAPER_MM[paper];
  const [pw, ph] = orientation === 'portrait' ? [w, h] : [h, w];
  return {
    width: Math.floor((pw - 2 * MARGIN_MM) * PX_PER_MM),
    height: Math.floor((ph - 2 * MARGIN_MM) * PX_PER_MM) - PAGE_CHROME_PX,
  };
}
