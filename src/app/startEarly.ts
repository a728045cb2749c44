/**
 * Work a chart link needs, started with the page rather than after the data: the chart's chunk
 * and the layout worker (elkjs, 1.6 MB to load and compile) load while the org file is still
 * downloaded and validated, so the first layout is computed as soon as the data is there.
 * Other pages fetch the chart's chunk when idle (`usePreloadPages`): on the search page the
 * cores go to the first answer.
 */
import { parseHash } from './router';
import { matchRoute, preloadPages } from '../routes';

export function startEarly(hash: string): void {
  if (matchRoute(parseHash(hash).path)?.route.nav !== 'chart') return;
  void preloadPages().catch(() => undefined);
  void import('../layout/layoutClient').then((m) => m.warmLayout()).catch(() => undefined);
}
