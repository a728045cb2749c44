/**
 * The whole laid-out chart as a standalone SVG: real text (searchable, sharp at any size),
 * independent of what React Flow has rendered on screen. Also the source of the PNG export.
 */
import type { Edge } from '@xyflow/react';
import { localize } from '../../domain/text';
import type { ChartFlow, ChartNode } from '../../layout/flow';
import { BUS_OFFSET } from './nodes/OrgEdge';

export interface SvgLabels {
  vacant: string;
  away: string;
  assistant: string;
  group: string;
  title: string;
}

const PAD = 24;
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Cuts text to about `max` characters with an ellipsis (SVG text does not wrap). */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function handlePoint(node: ChartNode, handleId: string | null | undefined): [number, number] {
  const h = node.handles?.find((x) => x.id === handleId) ?? node.handles?.[0];
  const w = h?.width ?? 0;
  const hh = h?.height ?? 0;
  return [node.position.x + (h?.x ?? 0) + w / 2, node.position.y + (h?.y ?? 0) + hh / 2];
}

function edgePath(edge: Edge, byId: Map<string, ChartNode>, down: boolean): string | undefined {
  const s = byId.get(edge.source);
  const t = byId.get(edge.target);
  if (!s || !t) return undefined;
  const [sx, sy] = handlePoint(s, edge.sourceHandle);
  const [tx, ty] = handlePoint(t, edge.targetHandle);
  if (edge.id.startsWith('d:')) {
    const k = down ? Math.abs(ty - sy) / 2 : Math.abs(tx - sx) / 2;
    return down
      ? `M${sx},${sy} C${sx},${sy + k} ${tx},${ty - k} ${tx},${ty}`
      : `M${sx},${sy} C${sx + k},${sy} ${tx - k},${ty} ${tx},${ty}`;
  }
  if (edge.id.startsWith('a:')) return `M${sx},${sy} V${ty} H${tx}`;
  if (down) {
    const bus = Math.max(sy, ty - BUS_OFFSET);
    return `M${sx},${sy} V${bus} H${tx} V${ty}`;
  }
  const bus = Math.max(sx, tx - BUS_OFFSET);
  return `M${sx},${sy} H${bus} V${ty} H${tx}`;
}

function cardSvg(node: ChartNode, lang: string, labels: SvgLabels): string {
  const { x, y } = node.position;
  const w = node.width ?? 0;
  const h = node.height ?? 0;
  if (node.type === 'block') {
    return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="14" fill="#eef1f7" stroke="#c3cad8" stroke-dasharray="4 4"/>`;
  }
  if (node.type === 'group') {
    return (
      `<g><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="10" fill="#fff5e0" stroke="#b7791f"/>` +
      `<text x="${x + 14}" y="${y + h / 2 + 5}" font-size="14" font-weight="600" fill="#7a4a00">⚠ ${esc(labels.group)}</text></g>`
    );
  }
  const d = node.data;
  const title = clip(localize(d.title, lang), 30);
  const holder = clip(d.vacant ? labels.vacant : (d.holder ?? ''), 32);
  const badges = [d.away ? labels.away : '', d.assistant ? labels.assistant : '']
    .filter(Boolean)
    .join(' · ');
  const unit = clip(d.unitName !== undefined ? localize(d.unitName, lang) : '', 26);
  const fill = d.vacant ? '#f8f9fc' : '#ffffff';
  const dash = d.vacant ? ' stroke-dasharray="5 4"' : '';
  return (
    `<g><title>${esc(localize(d.title, lang))}</title>` +
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="10" fill="${fill}" stroke="#c3cad8"${dash}/>` +
    `<rect x="${x}" y="${y}" width="6" height="${h}" rx="3" fill="${esc(d.color)}"/>` +
    `<circle cx="${x + 34}" cy="${y + 32}" r="18" fill="${esc(d.avatar)}" opacity="${d.vacant ? 0.25 : 1}"/>` +
    `<text x="${x + 34}" y="${y + 37}" font-size="13" font-weight="700" fill="#ffffff" text-anchor="middle">${esc(d.vacant ? '?' : d.initials)}</text>` +
    `<text x="${x + 62}" y="${y + 26}" font-size="13.5" font-weight="650" fill="#1b2233">${esc(title)}</text>` +
    `<text x="${x + 62}" y="${y + 46}" font-size="12.5" fill="${d.vacant ? '#7a4a00' : '#1b2233'}"${d.vacant ? ' font-style="italic"' : ''}>${esc(holder)}</text>` +
    `<text x="${x + 62}" y="${y + 66}" font-size="11" fill="#535d72">${esc(unit)}${badges ? ` · ${esc(badges)}` : ''}</text>` +
    (d.reports > 0
      ? `<text x="${x + w - 10}" y="${y + h - 8}" font-size="11" fill="#535d72" text-anchor="end">${d.reports}</text>`
      : '') +
    `</g>`
  );
}

export function buildChartSvg(flow: ChartFlow, lang: string, labels: SvgLabels): string {
  const width = Math.ceil(flow.bounds.width + 2 * PAD);
  const height = Math.ceil(flow.bounds.height + 2 * PAD);
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  const down = flow.nodes.find((n) => n.type === 'position')?.data.direction !== 'RIGHT';
  const edges = flow.edges
    .map((e) => {
      const d = edgePath(e, byId, down);
      if (!d) return '';
      const dotted = e.id.startsWith('d:');
      return `<path d="${d}" fill="none" stroke="${dotted ? '#7c3aed' : '#8a94a8'}" stroke-width="${dotted ? 1.5 : 1.4}"${dotted ? ' stroke-dasharray="6 5"' : ''}/>`;
    })
    .join('');
  const blocks = flow.nodes.filter((n) => n.type === 'block').map((n) => cardSvg(n, lang, labels));
  const cards = flow.nodes.filter((n) => n.type !== 'block').map((n) => cardSvg(n, lang, labels));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">` +
    `<title>${esc(labels.title)}</title>` +
    `<rect width="100%" height="100%" fill="#f6f7fb"/>` +
    `<g transform="translate(${PAD} ${PAD})">${blocks.join('')}${edges}${cards.join('')}</g></svg>`
  );
}
