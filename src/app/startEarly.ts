/**
 * Work a chart link needs, started with the page rather than after the data: the chart's chunk
 * and the layout worker (elkjs, 1.6 MB to load and compile) load while the org file is still
 * downloaded and validated, so the first layout is computed as soon as the data is there.
 * Other pages fetch the chart's chunk when idle (`usePreloadPages`): on the search page the
 * cores go to the first answer.
 *
 * Called from the entry (`main.tsx`) before the shell's chunk has loaded, so it cannot read the
 * route table (`routes.tsx` imports the home page): `isChartPath` says which paths are the
 * chart's, and `test/unit/startEarly.test.ts` holds it to the route table.
 */
import { parseHash } from './parseHash';

/** Whether a path (the hash's segments) opens the chart: `#/chart` and `#/chart/<position>`. */
export const isChartPath = (path: readonly string[]): boolean =>
  path[0] === 'chart' && path.length <= 2;

/** `#/chart` itself: the first view (`#/chart/<id>` opens on a position instead). */
export const isFirstViewHash = (hash: string): boolean => {
  const { path } = parseHash(hash);
  return isChartPath(path) && path.length === 1;
};

/** Whether a path opens the search page (`#/`, `#/search`): its first visit wants the index first. */
export const isSearchPath = (path: readonly string[]): boolean =>
  path.length === 0 || (path.length === 1 && path[0] === 'search');

/**
 * `layoutAfter`: on a first visit the chart's first view is drawn by the org file worker and
 * needs no ELK; the layout worker then starts once the file is checked and stored (`main.tsx`),
 * not on the two cores that are checking the file and loading React.
 */
export function startEarly(hash: string, layoutAfter: Promise<unknown> = Promise.resolve()): void {
  if (!isChartPath(parseHash(hash).path)) return;
  void import('../routes').then((m) => m.preloadPages()).catch(() => undefined);
  void layoutAfter
    .catch(() => undefined)
    .then(() => import('../layout/layoutClient'))
    .then((m) => m.warmLayout())
    .catch(() => undefined);
}
