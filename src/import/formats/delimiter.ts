/**
 * Which character separates the cells of a CSV: `,` (most exports), `;` (Excel in French and
 * other languages where `,` is the decimal separator), tab (Excel's "Unicode text", copy-paste
 * from a sheet) or `|` (mainframe and payroll extracts). Detected on the first lines, shown to
 * the user, and changeable.
 */
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export function isDelimiter(value: unknown): value is Delimiter {
  return typeof value === 'string' && (DELIMITERS as readonly string[]).includes(value);
}

/** Count each candidate per record, outside quotes (a quoted newline does not end a record). */
function countsPerRecord(text: string, maxRecords: number): Map<Delimiter, number[]> {
  const counts = new Map<Delimiter, number[]>(DELIMITERS.map((d) => [d, [0]]));
  let quoted = false;
  let records = 0;
  const limit = Math.min(text.length, 200_000);
  for (let i = 0; i < limit; i++) {
    const ch = text[i];
    if (ch === '"') {
      quoted = !quoted;
      continue;
    }
    if (quoted) continue;
    if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      records++;
      if (records >= maxRecords) break;
      for (const list of counts.values()) list.push(0);
      continue;
    }
    if (isDelimiter(ch)) {
      const list = counts.get(ch)!;
      list[list.length - 1]!++;
    }
  }
  return counts;
}

/**
 * The candidate that splits the heading row and most records into the same number of cells,
 * and the most cells among equals. A text with none of them is one column: `,`.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = countsPerRecord(text, 30);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const list = counts.get(d)!.filter((n, i, all) => n > 0 || i < all.length - 1);
    const header = list[0] ?? 0;
    if (header === 0) continue;
    const same = list.filter((n) => n === header).length;
    const score = (same / list.length) * 1000 + header;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
