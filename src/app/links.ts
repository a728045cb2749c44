/**
 * Every URL of the app, in one place. Routes are hash-based (`#/chart/p-42`) so the build
 * works from any static host and sub-path. Views link with these helpers, never by hand.
 */
const enc = encodeURIComponent;

export const hrefs = {
  search: (query?: string) => (query ? `#/search?q=${enc(query)}` : '#/search'),
  chart: () => '#/chart',
  /** Expands the path to the node, centres it and highlights its chain to the top. */
  chartNode: (positionId: string) => `#/chart/${enc(positionId)}`,
  position: (positionId: string) => `#/position/${enc(positionId)}`,
  person: (personId: string) => `#/person/${enc(personId)}`,
  unit: (unitId: string) => `#/unit/${enc(unitId)}`,
  topic: (topicId: string) => `#/topic/${enc(topicId)}`,
  directory: () => '#/directory',
  /** The catalogue, optionally scoped to a unit (and its sub-units) and filtered by `text`. */
  services: (unitId?: string, text?: string) => {
    const params = [unitId && `unit=${enc(unitId)}`, text && `q=${enc(text)}`].filter(Boolean);
    return params.length > 0 ? `#/services?${params.join('&')}` : '#/services';
  },
  raci: () => '#/raci',
  onboarding: (positionId?: string) =>
    positionId ? `#/onboarding/${enc(positionId)}` : '#/onboarding',
  admin: () => '#/admin',
} as const;
