/**
 * Loads the organisation into the org store. The source is `?org=<url>` when given, else the
 * saved setting, else the bundled sample `org.json` (relative, so sub-path hosting works).
 */
import { useOrgStore } from '../store/orgStore';
import { parseOrg } from './parseOrg';

export const DEFAULT_SOURCE = 'org.json';

/** `?org=` from the page URL, if any. */
export function sourceFromQuery(search: string = window.location.search): string | undefined {
  const value = new URLSearchParams(search).get('org');
  return value && value.trim() !== '' ? value.trim() : undefined;
}

export async function loadOrg(): Promise<void> {
  const store = useOrgStore.getState();
  const source = sourceFromQuery() ?? DEFAULT_SOURCE;
  useOrgStore.setState({ source });
  let text: string;
  try {
    const response = await fetch(source, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    store.setError([
      {
        path: '$',
        severity: 'error',
        code: 'fetch-failed',
        message: {
          en: `The file could not be downloaded (${detail}).`,
          fr: `Le fichier n'a pas pu être téléchargé (${detail}).`,
        },
      },
    ]);
    return;
  }
  const { data, problems } = parseOrg(text);
  if (!data) {
    store.setError(problems);
    return;
  }
  store.setProblems(problems);
  store.setData(data, {
    versionId: 0,
    sourceUrl: source,
    hash: '',
    loadedAt: new Date().toISOString(),
    formatVersion: data.formatVersion,
  });
}
