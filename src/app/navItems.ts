/** The views of the main navigation, in display order (the route table marks one current per route). */
export const NAV_ITEMS = [
  'search',
  'chart',
  'directory',
  'services',
  'raci',
  'onboarding',
  'admin',
] as const;
export type NavItem = (typeof NAV_ITEMS)[number];
