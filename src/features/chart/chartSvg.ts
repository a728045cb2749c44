/**
 * The laid-out chart, or a part of it, as a standalone SVG, independent of what React Flow has
 * rendered on screen: the cards (`card/cardSvg.ts`) and lines (`card/edgePath.ts`) as the
 * canvas draws them. The source of the SVG and PNG exports and of the printed pages.
 */
import type { ChartFlow, ChartNode } from '../../layout/flow';
import { cardSvg, esc, type SvgColors, type SvgLabels } from './card/cardSvg';
import { edgePathOf } from './card/edgePath';
import { palette } from './card/palette';
import type { Rect } from './printPlan';

const PAD = 24;

export interface SvgPart {
  /** The chart area drawn (chart coordinates); the whole chart plus padding when absent. */
  rect?: Rect;
  /** Only these cards (a team); every drawn card when absent. */
  keep?: ReadonlySet<string>;
  /** Output px per chart px (print pages); 1 when absent. */
  scale?: number;
  /**
   * Print pages: only the cards whole inside `rect` (a card the page's edge would cut is
   * printed whole on another page: printPlan.ts), but a card bigger than the page.
   */
  whole?: boolean;
  /** The colours: `palette` when absent (print and export are always light). */
  colors?: SvgColors;
  /** No background rectangle: drawn over the page's own (the first view, `firstViewPicture.ts`). */
  transparent?: boolean;
}

const boxOf = (n: ChartNode): Rect => ({
  x: n.position.x,
  y: n.position.y,
  width: n.width ?? 0,
  height: n.height ?? 0,
});

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Inside `rect`, or too big for it (then it is printed cut, on each page it crosses). */
const wholeIn = (a: Rect, rect: Rect) =>
  (a.width > rect.width || (a.x >= rect.x - 0.5 && a.x + a.width <= rect.x + rect.width + 0.5)) &&
  (a.height > rect.height || (a.y >= rect.y - 0.5 && a.y + a.height <= rect.y + rect.height + 0.5));

/** The smallest rectangle around `nodes`, with the export's padding. */
export function boundsOf(nodes: readonly ChartNode[]): Rect {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    const b = boxOf(n);
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  if (!Number.isFinite(x0)) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: x0 - PAD, y: y0 - PAD, width: x1 - x0 + 2 * PAD, height: y1 - y0 + 2 * PAD };
}

/** The cards of a team: `keep` plus the leaf blocks around its cards. */
function partNodes(flow: ChartFlow, part: SvgPart): ChartNode[] {
  const { keep, rect } = part;
  let nodes = flow.nodes;
  if (keep) {
    const cards = nodes.filter((n) => n.type === 'position' && keep.has(n.id));
    const boxes = cards.map(boxOf);
    const holdsCard = (b: Rect) =>
      boxes.some((c) => c.x >= b.x && c.y >= b.y && c.x < b.x + b.width && c.y < b.y + b.height);
    nodes = nodes.filter(
      (n) =>
        (n.type === 'position' && keep.has(n.id)) || (n.type === 'block' && holdsCard(boxOf(n))),
    );
  }
  if (!rect) return nodes;
  return nodes.filter((n) => {
    const box = boxOf(n);
    if (!overlaps(box, rect)) return false;
    return !part.whole || n.type === 'block' || wholeIn(box, rect);
  });
}

/** Whether any card or block of `part` lies in `rect` (an empty page is not printed). */
export function drawsIn(flow: ChartFlow, part: SvgPart, rect: Rect): boolean {
  return partNodes(flow, { ...part, rect }).length > 0;
}

/** The boxes of a part's cards (not the leaf blocks behind them): what a page edge must not cut. */
export function cardBoxes(flow: ChartFlow, part: SvgPart): Rect[] {
  return partNodes(flow, { ...part, whole: false })
    .filter((n) => n.type !== 'block')
    .map(boxOf);
}

/** The chart area a part covers (chart coordinates, padded): what a page plan divides. */
export function areaOf(flow: ChartFlow, part: SvgPart = {}): Rect {
  if (part.rect) return part.rect;
  if (part.keep) return boundsOf(partNodes(flow, part));
  return {
    x: -PAD,
    y: -PAD,
    width: flow.bounds.width + 2 * PAD,
    height: flow.bounds.height + 2 * PAD,
  };
}

export function buildChartSvg(
  flow: ChartFlow,
  lang: string,
  labels: SvgLabels,
  part: SvgPart = {},
): string {
  const nodes = partNodes(flow, part);
  const rect = areaOf(flow, part);
  const scale = part.scale ?? 1;
  const colors = part.colors ?? palette;
  const width = Math.ceil(rect.width * scale);
  const height = Math.ceil(rect.height * scale);
  const byId = new Map<string, ChartNode>(flow.nodes.map((n) => [n.id, n]));
  const shown = new Set(nodes.map((n) => n.id));
  // A team's cards and blocks on any page (a line to a leaf block ends at the block).
  const inTeam = part.keep
    ? new Set(partNodes(flow, { keep: part.keep }).map((n) => n.id))
    : undefined;
  const edges = flow.edges
    .map((e) => {
      // A team's lines stay inside it; a page's lines are those that cross the page.
      if (inTeam && !(inTeam.has(e.source) && inTeam.has(e.target))) return '';
      if (part.rect && !shown.has(e.source) && !shown.has(e.target)) {
        const s = byId.get(e.source);
        const t = byId.get(e.target);
        if (!s || !t) return '';
        const span = boundsOf([s, t]);
        if (!overlaps(span, part.rect)) return '';
      }
      const d = edgePathOf(e, byId);
      if (!d) return '';
      const dotted = e.type === 'dotted';
      return `<path d="${d}" fill="none" stroke="${dotted ? colors.dotted : colors.line}" stroke-width="${dotted ? 1.5 : 1.4}"${dotted ? ' stroke-dasharray="6 5"' : ''}/>`;
    })
    .join('');
  const blocks = nodes
    .filter((n) => n.type === 'block')
    .map((n) => cardSvg(n, lang, labels, colors));
  const cards = nodes
    .filter((n) => n.type !== 'block')
    .map((n) => cardSvg(n, lang, labels, colors));
  const view = `${rect.x} ${rect.y} ${rect.width} ${rect.height}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${view}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">` +
    `<title>${esc(labels.title)}</title>` +
    (part.transparent
      ? ''
      : `<rect x="${rect.x}" y="${rect.y}" width="${rect.width}" height="${rect.height}" fill="${colors.background}"/>`) +
    `<g>${blocks.join('')}${edges}${cards.join('')}</g></svg>`
  );
}
