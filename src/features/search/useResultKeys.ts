/**
 * Keyboard walk through the results: ↓ from the field goes to the first result, ↑/↓ move
 * between results (focus on each result's main link), ↑ from the first returns to the field,
 * Enter in the field opens the first result. Links open natively with Enter.
 */
import { useCallback, type KeyboardEvent, type RefObject } from 'react';
import { navigate } from '../../app/router';

const RESULT_LINK = 'a[data-result-link]';

export function useResultKeys(
  container: RefObject<HTMLElement | null>,
  input: RefObject<HTMLInputElement | null>,
) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Enter') return;
      const links = [
        ...(container.current?.querySelectorAll<HTMLAnchorElement>(RESULT_LINK) ?? []),
      ];
      const inField = event.target === input.current;
      if (event.key === 'Enter') {
        const first = links[0];
        if (inField && first) {
          event.preventDefault();
          navigate(first.getAttribute('href') ?? '');
        }
        return;
      }
      const at = links.indexOf(event.target as HTMLAnchorElement);
      if (!inField && at === -1) return;
      event.preventDefault();
      const next = inField
        ? event.key === 'ArrowDown'
          ? 0
          : -1
        : at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.current?.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    },
    [container, input],
  );
}
