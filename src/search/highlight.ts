/**
 * Splits a display text into plain and matched segments, so the UI can wrap the words
 * that matched the query in <mark> as React elements (never as HTML).
 */
import { wordSpans } from './normalize';

export interface Segment {
  text: string;
  match: boolean;
}

export function highlightSegments(text: string, matchedTerms: ReadonlySet<string>): Segment[] {
  if (matchedTerms.size === 0 || text === '') return [{ text, match: false }];
  const segments: Segment[] = [];
  let cursor = 0;
  for (const span of wordSpans(text)) {
    if (!matchedTerms.has(span.term) || span.start < cursor) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start), match: false });
    segments.push({ text: text.slice(span.start, span.end), match: true });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false });
  return segments;
}
