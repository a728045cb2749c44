/**
 * The card drawn as SVG markup (the export, the print): the same data, size and palette as the
 * React Flow node. Real text, so the file stays searchable and sharp at any size.
 */
import { localize } from '../../../domain/text';
import { withoutForbiddenChars } from '../../../domain/validation/content';
import type { ChartNode } from '../../../layout/flow';
import { headcountBadge, headcountLine, type HeadcountWords } from './cardData';
import { palette as c } from './palette';

/** `headcount` and `fte` name a headcount seat's line (see `headcountLine`). */
export interface SvgLabels extends Partial<HeadcountWords> {
  vacant: string;
  away: string;
  assistant: string;
  group: string;
  title: string;
}

/** Text as SVG markup: escaped, and without the characters XML forbids (the file must parse). */
export const esc = (s: string) =>
  withoutForbiddenChars(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** Cuts text to about `max` characters with an ellipsis (SVG text does not wrap). */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function cardSvg(node: ChartNode, lang: string, labels: SvgLabels): string {
  const { x, y } = node.position;
  const w = node.width ?? 0;
  const h = node.height ?? 0;
  if (node.type === 'block') {
    return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="14" fill="${c.block}" stroke="${c.border}" stroke-dasharray="4 4"/>`;
  }
  if (node.type === 'group') {
    return (
      `<g><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="10" fill="${c.groupFill}" stroke="${c.groupBorder}"/>` +
      `<text x="${x + 14}" y="${y + h / 2 + 5}" font-size="14" font-weight="600" fill="${c.groupText}">⚠ ${esc(labels.group)}</text></g>`
    );
  }
  const d = node.data;
  const title = clip(localize(d.title, lang), 30);
  const holder = clip(
    d.vacant
      ? labels.vacant
      : (d.holder ??
          (d.headcount
            ? headcountLine(d.headcount, lang, {
                headcount: labels.headcount ?? '',
                fte: labels.fte ?? '',
              })
            : '')),
    32,
  );
  const avatarText = d.vacant
    ? '?'
    : d.holder === undefined && d.headcount
      ? headcountBadge(d.headcount, lang)
      : d.initials;
  const badges = [d.away ? labels.away : '', d.assistant ? labels.assistant : '']
    .filter(Boolean)
    .join(' · ');
  const unit = clip(d.unitName !== undefined ? localize(d.unitName, lang) : '', 26);
  const fill = d.vacant ? c.vacantCard : c.card;
  const dash = d.vacant ? ' stroke-dasharray="5 4"' : '';
  return (
    `<g><title>${esc(localize(d.title, lang))}</title>` +
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="10" fill="${fill}" stroke="${c.border}"${dash}/>` +
    `<rect x="${x}" y="${y}" width="6" height="${h}" rx="3" fill="${esc(d.color)}"/>` +
    `<circle cx="${x + 34}" cy="${y + 32}" r="18" fill="${esc(d.avatar)}" opacity="${d.vacant ? 0.25 : 1}"/>` +
    `<text x="${x + 34}" y="${y + 37}" font-size="13" font-weight="700" fill="${c.onAvatar}" text-anchor="middle">${esc(avatarText)}</text>` +
    `<text x="${x + 62}" y="${y + 26}" font-size="13.5" font-weight="650" fill="${c.text}">${esc(title)}</text>` +
    `<text x="${x + 62}" y="${y + 46}" font-size="12.5" fill="${d.vacant ? c.vacantText : c.text}"${d.vacant ? ' font-style="italic"' : ''}>${esc(holder)}</text>` +
    `<text x="${x + 62}" y="${y + 66}" font-size="11" fill="${c.muted}">${esc(unit)}${badges ? ` · ${esc(badges)}` : ''}</text>` +
    (d.reports > 0
      ? `<text x="${x + w - 10}" y="${y + h - 8}" font-size="11" fill="${c.muted}" text-anchor="end">${d.reports}</text>`
      : '') +
    `</g>`
  );
}
