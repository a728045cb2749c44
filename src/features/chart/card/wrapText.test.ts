import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './wrapText';

describe('card text wrapping (SVG card)', () => {
  it('keeps a short title on one line', () => {
    expect(wrapText('Chief executive officer', 164, 13.5, 2, true)).toEqual([
      'Chief executive officer',
    ]);
  });

  it('wraps a long title at words, every line within the width, and ends with an ellipsis', () => {
    const title =
      'Deputy director of intergovernmental relations, regional partnerships and special projects';
    const lines = wrapText(title, 164, 13.5, 2, true);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Deputy director of');
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 13.5, true)).toBeLessThanOrEqual(164);
    // Nothing but whole words before the cut.
    expect(title.startsWith(`${lines.join(' ').slice(0, -1)}`)).toBe(true);
  });

  it('cuts a word longer than the line', () => {
    const lines = wrapText('Rechtsschutzversicherungsgesellschaftenvertreterin', 100, 13.5, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.length).toBeGreaterThan(3);
    for (const line of lines) expect(textWidth(line, 13.5)).toBeLessThanOrEqual(100);
  });
});
