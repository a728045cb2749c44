/**
 * The whole laid-out chart as a standalone SVG, independent of what React Flow has rendered on
 * screen: the cards (`card/cardSvg.ts`) and lines (`card/edgePath.ts`) as the canvas draws them.
 * Also the source of the PNG export and of the print.
 */
import type { ChartFlow, ChartNode } from '../../layout/flow';
import { cardSvg, esc, type SvgLabels } from './card/cardSvg';
import { edgePathOf } from './card/edgePath';
import { palette } from './card/palette';

const PAD = 24;

export function buildChartSvg(flow: ChartFlow, lang: string, labels: SvgLabels): string {
  const width = Math.ceil(flow.bounds.width + 2 * PAD);
  const height = Math.ceil(flow.bounds.height + 2 * PAD);
  const byId = new Map<string, ChartNode>(flow.nodes.map((n) => [n.id, n]));
  const edges = flow.edges
    .map((e) => {
      const d = edgePathOf(e, byId);
      if (!d) return '';
      const dotted = e.type === 'dotted';
      return `<path d="${d}" fill="none" stroke="${dotted ? palette.dotted : palette.line}" stroke-width="${dotted ? 1.5 : 1.4}"${dotted ? ' stroke-dasharray="6 5"' : ''}/>`;
    })
    .join('');
  const blocks = flow.nodes.filter((n) => n.type === 'block').map((n) => cardSvg(n, lang, labels));
  const cards = flow.nodes.filter((n) => n.type !== 'block').map((n) => cardSvg(n, lang, labels));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">` +
    `<title>${esc(labels.title)}</title>` +
    `<rect width="100%" height="100%" fill="${palette.background}"/>` +
    `<g transform="translate(${PAD} ${PAD})">${blocks.join('')}${edges}${cards.join('')}</g></svg>`
  );
}
