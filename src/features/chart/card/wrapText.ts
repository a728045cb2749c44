/**
 * Breaks a card's text into lines that fit its width, for the SVG card (SVG text does not
 * wrap; the canvas card wraps with CSS). Widths are estimated from character classes of a
 * sans-serif face (no DOM: the export also runs where nothing is laid out), on the wide side,
 * so a line never runs past the card's edge.
 */

/** Width of `ch` in ems, a little above Arial/Roboto/Segoe UI's. */
function charEm(ch: string): number {
  if (/[iljtf.,;:'!|I() ]/.test(ch)) return 0.34;
  if (/[mwMW@]/.test(ch)) return 0.92;
  if (/[A-Z0-9&%#]/.test(ch)) return 0.7;
  if (/[\u3000-\u9fff\uac00-\ud7af]/.test(ch)) return 1.05;
  return 0.58;
}

/**
 * Estimated width of `text` in px at `fontSize`. Bold is 12 % wider: DejaVu Sans Bold (the
 * system-ui of Debian's Chromium) at the titles' weight 650 measured 4-6 % wider than a 6 %
 * allowance, and a title line the estimate let through then wrapped on the canvas.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * (bold ? 1.12 : 1);
}

/** `text` cut to `width` with an ellipsis. */
function fit(text: string, width: number, fontSize: number, bold: boolean): string {
  if (textWidth(text, fontSize, bold) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}…`, fontSize, bold) > width) {
    chars.pop();
  }
  return `${chars.join('').trimEnd()}…`;
}

/**
 * `text` in at most `maxLines` lines of `width` px: words go to the next line, a word longer
 * than a line is cut, and what does not fit ends the last line with an ellipsis.
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  maxLines: number,
  bold = false,
): string[] {
  // Breaks at ordinary spaces only: a no-break space (French "1\u202f200", " :") holds.
  const words = text
    .trim()
    .split(/[ \t\r\n]+/)
    .filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    const word = words[i]!;
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, fontSize, bold) <= width) {
      line = next;
      i++;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
      continue;
    }
    // One word wider than the line: as much of it as fits, the rest on the next line.
    const chars = [...word];
    let cut = chars.length;
    while (cut > 1 && textWidth(chars.slice(0, cut).join(''), fontSize, bold) > width) cut--;
    lines.push(chars.slice(0, cut).join(''));
    words[i] = chars.slice(cut).join('');
  }
  if (line && lines.length < maxLines) lines.push(line);
  if (i < words.length) {
    // More than fits: the last line ends with an ellipsis.
    const rest = [lines.pop() ?? '', ...words.slice(i)].join(' ');
    lines.push(fit(rest, width, fontSize, bold));
  }
  return lines;
}

/** A line set to fit: its font size and its line(s). */
export interface FittedText {
  size: number;
  lines: string[];
}

/**
 * `text` kept whole, for a line that must never be cut (a headcount seat's "Headcount 4 · EO ·
 * 3.5 FTE": the numbers are the point of the card). On one line at the largest size from `size`
 * down to `min` that fits `width`; when even `min` is too wide, wrapped at `min` on up to
 * `maxLines` lines. Both card renderings (canvas and SVG) size the line with this.
 */
export function fitText(
  text: string,
  width: number,
  size: number,
  min: number,
  maxLines = 2,
  bold = false,
): FittedText {
  const full = textWidth(text, size, bold);
  if (full <= width) return { size, lines: [text] };
  // Width grows linearly with the size; quarter-pixel steps, rounded down so it still fits.
  const fitted = Math.floor(((size * width) / full) * 4) / 4;
  if (fitted >= min) return { size: fitted, lines: [text] };
  return { size: min, lines: wrapText(text, width, min, maxLines, bold) };
}

/**
 * `text` on up to `maxLines` lines, whole, at the largest size from `size` down to `min`
 * (half-pixel steps) at which it fits; at `min` the last line ends with an ellipsis if it must.
 * Card titles use it on the canvas and in the SVG, so a long title is set smaller, not cut.
 */
export function fitLines(
  text: string,
  width: number,
  size: number,
  min: number,
  maxLines: number,
  bold = false,
): FittedText {
  for (let s = size; s > min; s -= 0.5) {
    const lines = wrapText(text, width, s, maxLines, bold);
    if (!lines[lines.length - 1]?.endsWith('…')) return { size: s, lines };
  }
  return { size: min, lines: wrapText(text, width, min, maxLines, bold) };
}

/** A card title's size: 0.84 rem, 0.8 rem when the team counts take the card's foot. */
export const TITLE_SIZE = 13.44;
export const TITLE_SIZE_COUNTS = 12.8;

/**
 * A card's title, the one rule for the canvas card and the SVG card: bold, on up to two lines
 * (one when the holder's line takes two), set smaller down to `min` to stay whole. Both draw
 * exactly these lines, so the canvas never wraps a title differently from the export.
 */
export function fitTitle(
  title: string,
  width: number,
  options: { counts: boolean; maxLines: number; min: number },
): FittedText {
  const size = options.counts ? TITLE_SIZE_COUNTS : TITLE_SIZE;
  return fitLines(title, width, size, options.min, options.maxLines, true);
}
