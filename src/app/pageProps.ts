/** What every routed page receives; pages may also call `useRoute()` themselves. */
export interface PageProps {
  /** Named path parameters, e.g. `{ positionId: 'p-42' }` for `#/chart/p-42`. */
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
}
