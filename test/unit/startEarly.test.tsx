/**
 * The entry starts the chart's work (its chunk, the layout worker) before the route table is
 * loaded, with its own `isChartPath`: it must say "chart" for exactly the routes the table marks
 * as the chart's, or a chart link would start without it (or the home page pay for it).
 */
import { describe, expect, it } from 'vitest';
import { isChartPath, isSearchPath } from '../../src/app/startEarly';
import { SearchPage } from '../../src/features/search/SearchPage';
import { ROUTES } from '../../src/routes';

const pathOf = (pattern: readonly string[]) =>
  pattern.map((part) => (part.startsWith(':') ? 'some-id' : part));

describe('isChartPath', () => {
  it.each(ROUTES.map((r) => [r.pattern.join('/') || '(home)', r] as const))(
    'agrees with the route table for %s',
    (_, route) => {
      expect(isChartPath(pathOf(route.pattern))).toBe(route.nav === 'chart');
    },
  );

  it('is false for a longer path under chart (the not-found page)', () => {
    expect(isChartPath(['chart', 'ceo', 'extra'])).toBe(false);
  });
});

describe('isSearchPath', () => {
  it.each(ROUTES.map((r) => [r.pattern.join('/') || '(home)', r] as const))(
    'agrees with the route table for %s',
    (_, route) => {
      expect(isSearchPath(pathOf(route.pattern))).toBe(route.page === SearchPage);
    },
  );
});
