import { describe, expect, it } from 'vitest';
import { printableArea } from '../../domain/paper';
import { LINE_PX, RACI_PRINT_PT, raciPrintPlan, type RaciPrintInput } from './raciPrintPlan';

/** A sparse matrix like the sample's: `cols` positions, each topic lettered on a few of them. */
function sparse(topics: number, cols: number, perTopic = 4): RaciPrintInput['lettered'] {
  return Array.from({ length: topics }, (_, r) =>
    Array.from({ length: perTopic }, (_, k) => (r * 7 + k * 31) % cols),
  );
}

function input(topics: number, cols: number, over: Partial<RaciPrintInput> = {}): RaciPrintInput {
  return {
    page: printableArea('A4', 'landscape'),
    topics: Array.from({ length: topics }, (_, i) => ({ name: `Topic number ${i}` })),
    columns: Array.from({ length: cols }, (_, i) => `Position title ${i}`),
    lettered: sparse(topics, cols),
    ...over,
  };
}

describe('RACI print plan', () => {
  it('splits 137 columns into groups that fit the page across, each column in one group', () => {
    const i = input(60, 137);
    const plan = raciPrintPlan(i);
    expect(plan.groups).toBeGreaterThan(1);
    const seen = new Map<number, number>();
    for (const p of plan.pages) {
      const width = plan.topicWidth + p.columns.reduce((w, c) => w + plan.columnWidths[c]!, 0);
      expect(width).toBeLessThanOrEqual(i.page.width);
      // Consecutive columns, in order.
      p.columns.forEach((c, k) => k > 0 && expect(c).toBe(p.columns[k - 1]! + 1));
      for (const c of p.columns) {
        expect(seen.get(c) ?? p.group).toBe(p.group);
        seen.set(c, p.group);
      }
    }
    // Every column that has a letter is on some page.
    const lettered = new Set(i.lettered.flat());
    for (const c of lettered) expect(seen.has(c), `column ${c}`).toBe(true);
  });

  it('each page holds the rows it can, under the repeated header; every letter is printed once', () => {
    const i = input(300, 40);
    const plan = raciPrintPlan(i);
    const printed = new Map<string, number>();
    for (const p of plan.pages) {
      const height = plan.headerHeight + p.rows.reduce((h, r) => h + plan.rowHeights[r]!, 0);
      expect(height).toBeLessThanOrEqual(i.page.height);
      const cols = new Set(p.columns);
      for (const r of p.rows) {
        // A page only prints the topics with a letter in its columns.
        expect(i.lettered[r]!.some((c) => cols.has(c))).toBe(true);
        for (const c of i.lettered[r]!) {
          if (!cols.has(c)) continue;
          const key = `${r}:${c}`;
          printed.set(key, (printed.get(key) ?? 0) + 1);
        }
      }
    }
    const expected = new Set(i.lettered.flatMap((cs, r) => cs.map((c) => `${r}:${c}`)));
    expect(printed.size).toBe(expected.size);
    for (const n of printed.values()) expect(n).toBe(1);
    // 300 topics do not fit one page: several pages down per group.
    expect(plan.pages.length).toBeGreaterThan(plan.groups);
  });

  it('sizes rows and headers from their text: long names wrap, a breach line adds a line', () => {
    const plan = raciPrintPlan(
      input(3, 3, {
        topics: [
          { name: 'Badge' },
          { name: 'Contract changes (part-time, new role) and everything around them' },
          { name: 'Badge', note: '⚠ No Accountable' },
        ],
        columns: ['CEO', 'HR business partner, Sales and customer service', 'IT'],
        lettered: [[0], [1], [2]],
      }),
    );
    const [short, long, breach] = plan.rowHeights;
    expect(long).toBeGreaterThan(short!);
    expect(breach).toBe(short! + LINE_PX);
    expect(plan.columnWidths[1]).toBeGreaterThan(plan.columnWidths[0]!);
    expect(plan.columnWidths[0]).toBe(plan.columnWidths[2]);
    // The header is tall enough for the longest title in three lines at most.
    expect(plan.columnWidths[1]).toBeLessThanOrEqual(3 * LINE_PX + 8);
  });

  it('prints at 8 pt, never under 7, whatever the paper; portrait needs more groups', () => {
    expect(RACI_PRINT_PT).toBeGreaterThanOrEqual(7);
    const landscape = raciPrintPlan(input(60, 137));
    const portrait = raciPrintPlan(input(60, 137, { page: printableArea('A4', 'portrait') }));
    const a3 = raciPrintPlan(input(60, 137, { page: printableArea('A3', 'landscape') }));
    expect(portrait.groups).toBeGreaterThan(landscape.groups);
    expect(a3.groups).toBeLessThan(landscape.groups);
  });

  it('an empty matrix prints nothing', () => {
    expect(raciPrintPlan(input(0, 0, { lettered: [] })).pages).toEqual([]);
  });
});
