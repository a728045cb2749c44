/**
 * A route from a location hash, with no React: the page's first script (`boot.ts`) and the
 * entry read it before React has loaded. The hooks that follow the hash are in `router.ts`.
 */
export interface Route {
  /** Decoded path segments: `#/chart/p-42` → `['chart', 'p-42']`; `#/` → `[]`. */
  path: string[];
  query: URLSearchParams;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Parses a location hash (`#/a/b?c=d`, with or without `#`). */
export function parseHash(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = raw.indexOf('?');
  const pathPart = q === -1 ? raw : raw.slice(0, q);
  const queryPart = q === -1 ? '' : raw.slice(q + 1);
  const path = pathPart
    .split('/')
    .filter((s) => s !== '')
    .map(safeDecode);
  return { path, query: new URLSearchParams(queryPart) };
}
