/** The org file asked for in the page's URL, read by the loader and the page's first script. */

/** `?org=` from the page URL, if any. */
export function sourceFromQuery(search: string): string | undefined {
  const value = new URLSearchParams(search).get('org');
  return value && value.trim() !== '' ? value.trim() : undefined;
}
