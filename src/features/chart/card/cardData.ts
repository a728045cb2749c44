/**
 * What a position card shows, read once from the org index when the chart is built: both
 * renderings (the React Flow node and the SVG) draw from this and nothing else.
 */
import { isAway, type OrgIndex } from '../../../domain/orgIndex';
import { localize } from '../../../domain/text';
import type { Headcount, LocalizedText } from '../../../domain/types';
import { childrenIn, type OrgTree } from '../../../layout/orgTree';
import type { CardRole } from '../../../layout/scene';
import type { Direction } from '../../../layout/types';
import { avatarColor, palette } from './palette';

/**
 * A unit's colour as the schema allows it (#rrggbb), else none: a card drawn from a file not yet
 * checked (the first view, the SVG export of a draft) may meet anything, and it goes into markup.
 */
const isHexColor = (color: unknown): color is string =>
  typeof color === 'string' && /^#[0-9a-fA-F]{6}$/.test(color);

export interface PositionCardData extends Record<string, unknown> {
  title: LocalizedText;
  holder: string | undefined;
  /** Extra holders beyond the first (job share). */
  moreHolders: number;
  initials: string;
  unitName: LocalizedText | undefined;
  color: string;
  /** Background of the initials: the unit colour, dark enough for white text. */
  avatar: string;
  /** Direct reports in the data (shown or not). */
  reports: number;
  /** No holder and no headcount: a seat to fill. */
  vacant: boolean;
  /** A headcount seat (format v2): N people of a grade under the post, drawn as one card. */
  headcount: Headcount | undefined;
  away: boolean;
  assistant: boolean;
  role: CardRole;
  expanded: boolean;
  direction: Direction;
}

export function initialsOf(name: string | undefined): string {
  if (!name) return '';
  const words = name.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** The words a headcount seat's line is made of, in the reader's language. */
export interface HeadcountWords {
  headcount: string;
  fte: string;
}

/**
 * The holder line of a headcount seat, "Headcount 4 · EO · 3.5 FTE": the card, its SVG and its
 * spoken label all say the same.
 */
export function headcountLine(h: Headcount, lang: string, words: HeadcountWords): string {
  const n = new Intl.NumberFormat(lang);
  return [
    `${words.headcount} ${n.format(h.count)}`,
    h.grade !== undefined ? localize(h.grade, lang) : '',
    h.fte !== undefined ? `${n.format(h.fte)} ${words.fte}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The avatar of a headcount seat: its count, short ("12", "1.2K"). */
export function headcountBadge(h: Headcount, lang: string): string {
  return new Intl.NumberFormat(lang, { notation: 'compact' }).format(h.count);
}

export interface CardDataOptions {
  today: string;
  expanded: ReadonlySet<string>;
  direction: Direction;
  /** Avatar colour by unit colour: colours repeat per unit, computed once each. */
  avatars: Map<string, string>;
}

/** The card of position `id` in `role`; the first holder is the one named on it. */
export function positionCardData(
  index: OrgIndex,
  tree: OrgTree,
  id: string,
  role: CardRole,
  options: CardDataOptions,
): PositionCardData {
  const position = index.positionById.get(id);
  const holders = (position?.holders ?? [])
    .map((h) => index.personById.get(h))
    .filter((p) => p !== undefined);
  const first = holders[0];
  const unit = position?.unitId !== undefined ? index.unitById.get(position.unitId) : undefined;
  const color = isHexColor(unit?.color) ? unit.color : palette.unitFallback;
  let avatar = options.avatars.get(color);
  if (avatar === undefined) options.avatars.set(color, (avatar = avatarColor(color)));
  return {
    title: position?.title ?? id,
    holder: first?.name,
    moreHolders: Math.max(0, holders.length - 1),
    initials: initialsOf(first?.name),
    unitName: unit?.name,
    color,
    avatar,
    reports: childrenIn(tree, id).length,
    vacant: holders.length === 0 && position?.headcount === undefined,
    headcount: position?.headcount,
    away: first !== undefined && isAway(first, options.today),
    assistant: position?.assistant === true,
    role,
    expanded: options.expanded.has(id),
    direction: options.direction,
  };
}
