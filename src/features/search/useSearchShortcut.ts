/**
 * `/` (outside text fields) or Ctrl+K / ⌘K focuses the search field from any page; on another
 * page it opens the search page, whose field takes the focus when it mounts.
 * Mount once in the shell: `useSearchShortcut()`.
 */
import { useEffect } from 'react';
import { hrefs } from '../../app/links';
import { navigate } from '../../app/router';

export const SEARCH_INPUT_ID = 'search-input';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

export function focusSearch(): void {
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  } else {
    navigate(hrefs.search());
  }
}

export function searchShortcutHandler(event: KeyboardEvent): void {
  const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
  if (!ctrlK && !(slash && !isEditable(event.target))) return;
  event.preventDefault();
  focusSearch();
}

export function useSearchShortcut(): void {
  useEffect(() => {
    window.addEventListener('keydown', searchShortcutHandler);
    return () => window.removeEventListener('keydown', searchShortcutHandler);
  }, []);
}
