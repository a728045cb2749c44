/**
 * What a virtualised row (or column) list draws: the items in view, in order, with the space
 * of the items left out as gaps. The kept items (the grid's active row and column, so the
 * focused cell never leaves the DOM) can sit far from the others, hence gaps between items
 * too, not only before and after.
 */
export interface SpanItem {
  index: number;
  /** Offset from the start of the scroll content (the virtualiser's `scrollMargin` included). */
  start: number;
  end: number;
}

export type Span<T extends SpanItem> = { gap: number; key: string } | { item: T };

/**
 * `items` sorted by index; `margin`: where the first item starts; `total`: the size of every
 * item together (the virtualiser's `getTotalSize()`, which leaves the margin out).
 */
export function virtualSpans<T extends SpanItem>(
  items: readonly T[],
  margin: number,
  total: number,
): Span<T>[] {
  const spans: Span<T>[] = [];
  let at = margin;
  for (const item of items) {
    if (item.start > at + 0.5) spans.push({ gap: item.start - at, key: `gap-${item.index}` });
    spans.push({ item });
    at = item.end;
  }
  const end = margin + total;
  if (end > at + 0.5) spans.push({ gap: end - at, key: 'gap-end' });
  return spans;
}

/** The default range plus the indexes to keep (sorted, without repeats). */
export function withKept(range: readonly number[], kept: readonly number[], count: number) {
  const extra = kept.filter((i) => i >= 0 && i < count && !range.includes(i));
  if (extra.length === 0) return [...range];
  return [...range, ...extra].sort((a, b) => a - b);
}
