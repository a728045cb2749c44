import { describe, expect, it } from 'vitest';
import { TITLE_MIN } from './geometry';
import { fitText, fitTitle, textWidth, TITLE_SIZE, wrapText } from './wrapText';

describe('card text wrapping (SVG card)', () => {
  it('keeps a short title on one line', () => {
    expect(wrapText('Head of payroll', 164, 13.5, 2, true)).toEqual(['Head of payroll']);
  });

  it('estimates bold titles no narrower than DejaVu Sans Bold draws them', () => {
    // Measured in Chromium here (canvas measureText, weight 650 at 13.44 px): 169.6 px; the
    // estimate was 161.2, so the canvas wrapped a title the estimate kept on one line.
    expect(textWidth('Chief executive officer', 13.44, true)).toBeGreaterThanOrEqual(169.6);
    // HR business partner…: 370.1 px; Responsable de la sécurité…: 419.8 px.
    expect(
      textWidth('HR business partner, Sales and customer service', 13.44, true),
    ).toBeGreaterThanOrEqual(370.1);
    expect(
      textWidth('Responsable de la sécurité des systèmes d’information', 13.44, true),
    ).toBeGreaterThanOrEqual(419.8);
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

describe('a line that must not be cut (headcount seat)', () => {
  const line = 'Headcount 4 · EO · 3.5 FTE';

  it('keeps its size when it fits', () => {
    expect(fitText('Headcount 4', 164, 12.5, 10)).toEqual({ size: 12.5, lines: ['Headcount 4'] });
  });

  it('is set smaller, whole, on one line when it is a little too wide', () => {
    expect(textWidth(line, 12.5)).toBeGreaterThan(164);
    const fitted = fitText(line, 164, 12.5, 10);
    expect(fitted.lines).toEqual([line]);
    expect(fitted.size).toBeLessThan(12.5);
    expect(fitted.size).toBeGreaterThanOrEqual(10);
    expect(textWidth(line, fitted.size)).toBeLessThanOrEqual(164);
  });

  it('wraps at the smallest size, every word kept, when even that is too wide', () => {
    // French numbers group with a narrow no-break space: never a line break inside a number.
    const long = 'Effectif 1\u202f200 · Ingénieure principale · 1\u202f150,5 ETP';
    const fitted = fitText(long, 164, 12.5, 10);
    expect(fitted.size).toBe(10);
    expect(fitted.lines.length).toBe(2);
    expect(fitted.lines.join(' ')).toBe(long);
    expect(fitted.lines.every((l) => !l.startsWith('200') && !l.startsWith('150'))).toBe(true);
    for (const l of fitted.lines) expect(textWidth(l, 10)).toBeLessThanOrEqual(164);
  });
});

describe('a card title (canvas and SVG: one rule)', () => {
  it('stays whole on two lines, set smaller when it must', () => {
    const title = 'Responsable de la sécurité des systèmes d’information';
    const fitted = fitTitle(title, 161, { counts: false, maxLines: 2, min: TITLE_MIN });
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines.join(' ')).toBe(title);
    expect(fitted.size).toBeLessThan(TITLE_SIZE);
    for (const l of fitted.lines) expect(textWidth(l, fitted.size, true)).toBeLessThanOrEqual(161);
  });

  it('one line when the holder takes two; smaller with team counts', () => {
    const one = fitTitle('Shift supervisor', 161, { counts: false, maxLines: 1, min: TITLE_MIN });
    expect(one).toEqual({ size: TITLE_SIZE, lines: ['Shift supervisor'] });
    const counts = fitTitle('Shift supervisor', 161, { counts: true, maxLines: 2, min: TITLE_MIN });
    expect(counts.size).toBeLessThan(TITLE_SIZE);
  });
});
