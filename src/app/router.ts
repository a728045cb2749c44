/**
 * A tiny hash router: the part of the URL after `#` is the route (`#/chart/p-42?x=1`).
 * Hash routes let the static build work from any host and sub-path with no server rules.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { parseHash, type Route } from './parseHash';

export { parseHash, type Route } from './parseHash';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

/** The current route; re-renders the caller when the hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  return useMemo(() => parseHash(hash), [hash]);
}

/** The hash of the last navigation that asked to keep the focus where it is. */
let keepFocusFor: string | undefined;

/**
 * True once if the current location was reached by a `navigate(…, { keepFocus: true })`: the
 * shell then leaves the focus alone instead of moving it to the content.
 */
export function takeKeepFocus(): boolean {
  const keep = keepFocusFor !== undefined && keepFocusFor === window.location.hash;
  keepFocusFor = undefined;
  return keep;
}

/**
 * Goes to an app URL such as `hrefs.chartNode(id)` (`#/chart/…`).
 * `replace` swaps the current history entry (e.g. while typing a search query); `keepFocus`
 * keeps the focus where it is (the chart card whose record just opened beside it).
 */
export function navigate(
  href: string,
  options: { replace?: boolean; keepFocus?: boolean } = {},
): void {
  const hash = href.startsWith('#') ? href : `#${href}`;
  if (hash === window.location.hash) return;
  keepFocusFor = options.keepFocus ? hash : undefined;
  if (options.replace) {
    const url = `${window.location.pathname}${window.location.search}${hash}`;
    window.history.replaceState(window.history.state, '', url);
    // replaceState fires no hashchange: tell the subscribers ourselves.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}
