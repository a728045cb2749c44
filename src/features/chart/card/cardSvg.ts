/**
 * The card drawn as SVG markup (the export, the print): the same data, size and palette as the
 * React Flow node. Real text, so the file stays searchable and sharp at any size.
 */
import { localize } from '../../../domain/text';
import { withoutForbiddenChars } from '../../../domain/validation/content';
import type { ChartNode } from '../../../layout/flow';
import { headcountBadge, headcountLine, type HeadcountWords } from './cardData';
import { HOLDER_MIN, TITLE_MIN } from './geometry';
import { palette, type PaletteKey } from './palette';
import { fitText, fitTitle, textWidth, wrapText, type FittedText } from './wrapText';

/** `headcount` and `fte` name a headcount seat's line (see `headcountLine`). */
export interface SvgLabels extends Partial<HeadcountWords> {
  vacant: string;
  away: string;
  assistant: string;
  group: string;
  title: string;
  /** The team line of a position (team counts shown), as on the canvas card. */
  team?: (positionId: string) => string | undefined;
}

/** Width of the card's text column (right of the avatar), and of its foot (under it too). */
const TEXT_X = 62;
const TEXT_RIGHT = 10;

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

/** One line of text cut to `width` px (estimated) with an ellipsis. */
function line(text: string, width: number, fontSize: number): string {
  return wrapText(text, width, fontSize, 1)[0] ?? '';
}

/** The colours an SVG is drawn in: `palette` (print, export), or the dark theme's on screen. */
export type SvgColors = Readonly<Record<PaletteKey, string>>;

export function cardSvg(
  node: ChartNode,
  lang: string,
  labels: SvgLabels,
  c: SvgColors = palette,
): string {
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
  const team = labels.team?.(node.id);
  const textW = w - TEXT_X - TEXT_RIGHT;
  const seats = !d.vacant && d.holder === undefined ? d.headcount : undefined;
  const holderSize = team ? 12 : 12.5;
  // A headcount seat's line is never cut (its numbers are the point): set smaller or wrapped.
  const holder: FittedText = seats
    ? fitText(
        headcountLine(seats, lang, { headcount: labels.headcount ?? '', fte: labels.fte ?? '' }),
        textW,
        holderSize,
        HOLDER_MIN,
      )
    : {
        size: holderSize,
        lines: [line(d.vacant ? labels.vacant : (d.holder ?? ''), textW, holderSize)],
      };
  // Title on up to two lines (one when the holder takes two); with team counts the lines
  // below move up to leave the foot free.
  const fittedTitle = fitTitle(localize(d.title, lang), textW, {
    counts: team !== undefined,
    maxLines: holder.lines.length > 1 ? 1 : 2,
    min: TITLE_MIN,
  });
  const title = fittedTitle.lines;
  const avatarText = d.vacant ? '?' : seats ? headcountBadge(seats, lang) : d.initials;
  const badges = [d.away ? labels.away : '', d.assistant ? labels.assistant : '']
    .filter(Boolean)
    .join(' · ');
  const unitName = d.unitName !== undefined ? localize(d.unitName, lang) : '';
  const badgeW = badges ? textWidth(` · ${badges}`, 11) : 0;
  // Clear of the reports count in the bottom corner.
  const cornerW = !team && d.reports > 0 ? 24 : 0;
  const unit = line(unitName, Math.max(textW - badgeW - cornerW, 40), 11);
  const fill = d.vacant ? c.vacantCard : c.card;
  const dash = d.vacant ? ' stroke-dasharray="5 4"' : '';
  // Baselines: title line(s), holder, unit; a second title or holder line pushes the others down.
  const twoLines = title.length > 1 || holder.lines.length > 1;
  const [top, step, holderY, unitY] = team
    ? twoLines
      ? [y + 19, 15, y + 50, y + 64]
      : [y + 22, 15, y + 40, y + 56]
    : twoLines
      ? [y + 21, 16, y + 56, y + 74]
      : [y + 26, 16, y + 46, y + 66];
  // A two-line holder starts where a single one would and steps by its own size.
  const holderTop = holder.lines.length > 1 ? holderY - holder.size - 2 : holderY;
  const titleText = title
    .map(
      (l, i) =>
        `<text x="${x + TEXT_X}" y="${top + i * step}" font-size="${fittedTitle.size}" font-weight="650" fill="${c.text}">${esc(l)}</text>`,
    )
    .join('');
  return (
    `<g><title>${esc(localize(d.title, lang))}</title>` +
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="10" fill="${fill}" stroke="${c.border}"${dash}/>` +
    `<rect x="${x}" y="${y}" width="6" height="${h}" rx="3" fill="${esc(d.color)}"/>` +
    `<circle cx="${x + 34}" cy="${y + 32}" r="18" fill="${esc(d.avatar)}" opacity="${d.vacant ? 0.25 : 1}"/>` +
    `<text x="${x + 34}" y="${y + 37}" font-size="13" font-weight="700" fill="${c.onAvatar}" text-anchor="middle">${esc(avatarText)}</text>` +
    titleText +
    holder.lines
      .map(
        (l, i) =>
          `<text x="${x + TEXT_X}" y="${holderTop + i * (holder.size + 2)}" font-size="${holder.size}" fill="${d.vacant ? c.vacantText : c.text}"${d.vacant ? ' font-style="italic"' : ''}>${esc(l)}</text>`,
      )
      .join('') +
    `<text x="${x + TEXT_X}" y="${unitY}" font-size="11" fill="${c.muted}">${esc(unit)}${badges ? ` · ${esc(badges)}` : ''}</text>` +
    (team
      ? `<text x="${x + 16}" y="${y + h - 12}" font-size="10.5" font-weight="600" fill="${c.muted}">${esc(line(team, w - 26, 10.5))}</text>`
      : d.reports > 0
        ? `<text x="${x + w - 10}" y="${y + h - 8}" font-size="11" fill="${c.muted}" text-anchor="end">${d.reports}</text>`
        : '') +
    `</g>`
  );
}
