/**
 * The reporting chain from the top down to a position. A real chain is a handful of levels; a
 * file with 100,000 levels (a broken export) once rendered 100,000 list items (8.5 s). Long
 * chains show the top levels and the levels just above the position, with the middle folded
 * behind a button that shows a bounded number of levels more at each press.
 */
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';

/** Chains up to this length are shown whole. */
export const CHAIN_SHOWN_WHOLE = 12;
const TOP_LEVELS = 3;
const NEAR_LEVELS = 6;
/** Levels unfolded per press of "show more levels". */
export const CHAIN_STEP = 200;

/** The levels to show: the whole chain, or its top, a fold of `hidden` levels, and its end. */
export function foldChain<T>(
  chain: readonly T[],
  extra: number,
): { top: T[]; hidden: number; end: T[] } {
  if (chain.length <= CHAIN_SHOWN_WHOLE) return { top: [...chain], hidden: 0, end: [] };
  const endLength = Math.min(chain.length - TOP_LEVELS, NEAR_LEVELS + extra);
  return {
    top: chain.slice(0, TOP_LEVELS),
    hidden: chain.length - TOP_LEVELS - endLength,
    end: chain.slice(chain.length - endLength),
  };
}

interface Props {
  /** Position ids, top first, ending with the position itself. */
  chain: readonly string[];
  current: string;
  renderLevel: (id: string, isCurrent: boolean) => React.ReactNode;
}

export function ReportingChain({ chain, current, renderLevel }: Props) {
  const { t } = useTranslation('records');
  const [extra, setExtra] = useState(0);
  const { top, hidden, end } = foldChain(chain, extra);
  const item = (id: string) => (
    <li key={id} aria-current={id === current ? 'true' : undefined}>
      {renderLevel(id, id === current)}
    </li>
  );
  return (
    <ol className="record-chain" data-testid="reporting-chain">
      {top.map(item)}
      {hidden > 0 && (
        <li className="record-chain-fold">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setExtra((n) => n + CHAIN_STEP)}
          >
            {t('chainFold', { count: hidden, step: Math.min(hidden, CHAIN_STEP) })}
          </button>
        </li>
      )}
      {end.map(item)}
    </ol>
  );
}
