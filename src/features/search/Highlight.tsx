/** Text with the words that matched the query in <mark>, built as React elements (never HTML). */
import { highlightSegments } from '../../search/highlight';

interface Props {
  text: string;
  terms: ReadonlySet<string> | undefined;
}

export function Highlight({ text, terms }: Props) {
  if (!terms || terms.size === 0) return <>{text}</>;
  return (
    <>
      {highlightSegments(text, terms).map((segment, i) =>
        segment.match ? <mark key={i}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
