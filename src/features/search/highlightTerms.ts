/**
 * The query's matched terms for `<Highlight>`, given by context rather than as a prop: when
 * they change, only the highlighted texts re-render, not every memoised result card.
 */
import { createContext } from 'react';

export const HighlightTerms = createContext<ReadonlySet<string> | undefined>(undefined);
