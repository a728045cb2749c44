/** The ticked items of a position's checklist, kept in IndexedDB and shared live across tabs. */
import { useCallback, useEffect, useState } from 'react';
import { onboardingKey, setItemDone, watchProgress } from '../../db/progressRepository';

export interface Checklist {
  done: ReadonlySet<string>;
  /** False until the stored progress has been read. */
  loaded: boolean;
  failed: boolean;
  toggle: (itemId: string, done: boolean) => void;
}

export function useChecklist(positionId: string): Checklist {
  const key = onboardingKey(positionId);
  const [state, setState] = useState({
    key,
    done: new Set<string>(),
    loaded: false,
    failed: false,
  });
  useEffect(
    () =>
      watchProgress(
        key,
        (ids) => setState({ key, done: new Set(ids), loaded: true, failed: false }),
        () => setState((s) => ({ ...s, key, loaded: true, failed: true })),
      ),
    [key],
  );
  const toggle = useCallback(
    (itemId: string, done: boolean) => {
      // Optimistic: the box reacts at once; the live query confirms it after the write.
      setState((s) => {
        const next = new Set(s.done);
        if (done) next.add(itemId);
        else next.delete(itemId);
        return { ...s, done: next };
      });
      setItemDone(key, itemId, done).catch(() => setState((s) => ({ ...s, failed: true })));
    },
    [key],
  );
  const current = state.key === key;
  return {
    done: current ? state.done : new Set(),
    loaded: current && state.loaded,
    failed: current && state.failed,
    toggle,
  };
}
