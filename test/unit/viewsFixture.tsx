/** Shared setup for the views' component tests: the views test org in the store, i18n, a router harness. */
import { cleanup, render } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { ComponentType } from 'react';
import '../../src/i18n/i18n';
import i18n from '../../src/i18n/i18n';
import type { PageProps } from '../../src/app/pageProps';
import { useRoute } from '../../src/app/router';
import { FORMAT_VERSION, orgFileSchema } from '../../src/domain/schema';
import type { OrgData } from '../../src/domain/types';
import { useOrgStore } from '../../src/store/orgStore';
import raw from '../fixtures/views-org.json';

// Vitest runs without globals here, so Testing Library cannot clean up by itself.
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

export const viewsOrg: OrgData = orgFileSchema.parse(raw);

export async function loadViewsOrg(lang = 'en', data: OrgData = viewsOrg): Promise<void> {
  await i18n.changeLanguage(lang);
  useOrgStore.getState().setData(data, {
    versionId: 1,
    sourceUrl: 'views-org.json',
    hash: 'test',
    loadedAt: '2026-11-01T00:00:00Z',
    formatVersion: FORMAT_VERSION,
  });
}

/** Renders `Page` at `hash`, passing the route's params/query like the shell does. */
export function renderAt(
  Page: ComponentType<Partial<PageProps>>,
  hash: string,
  params: Record<string, string> = {},
) {
  window.location.hash = hash;
  function Harness() {
    const route = useRoute();
    return <Page params={params} query={route.query} />;
  }
  return render(<Harness />);
}
