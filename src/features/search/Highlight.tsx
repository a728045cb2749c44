/** Text with the words that matched the query in <mark>, built as React elements (never HTML). */
import { useContext, useMemo } from 'react';
import { highlightSegments } from '../../search/highlight';
import { HighlightTerms } from './highlightTerms';

interface Props {
  text: string;
  /** The matched terms; by default those of the nearest `HighlightTerms` provider. */
  terms?: ReadonlySet<string> | undefined;
}

export function Highlight({ text, terms }: Props) {
  const fromContext = useContext(HighlightTerms);
  const matched = terms ?? fromContext;
  const segments = useMemo(
    () => (matched && matched.size > 0 ? highlightSegments(text, matched) : undefined),
    [text, matched],
  );
  if (!segments) return <>{text}</>;
  return (
    <>
      {segments.map((segment, i) =>
        segment.match ? <mark key={i}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
