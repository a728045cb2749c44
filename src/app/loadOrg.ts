/**
 * Gets the organisation into the org store.
 *
 * Source: `?org=<url>` in the page URL, else the saved setting, else the bundled sample
 * `org.json` (relative, so sub-path hosting works).
 * - First start: fetch → parse and validate → save in one transaction → store. A missing or
 *   invalid file puts the store in 'error' with every problem (the shell shows them).
 * - Later starts: the stored data is shown at once (no network needed); then, when online,
 *   the source is fetched in the background. A changed and valid file becomes a new version
 *   ("newer data applied"); an invalid one is refused and the stored data kept (with a notice
 *   and its problems).
 * - A different source than the stored one (e.g. a new `?org=`) is loaded before showing data;
 *   if it fails, the stored data is shown with a notice.
 * - A file whose only errors are broken reporting lines (cycle, unknown manager) is shown when
 *   nothing else is there to show: the chart draws those positions apart and names them, and a
 *   notice lists the errors. A refresh never replaces good data with such a file.
 */
import { mark } from './perfMark';
import { sha256Hex } from '../db/hash';
import {
  getCurrent,
  getCurrentMeta,
  getLastCheck,
  getSettings,
  recordCheck,
  saveVersion,
  type StoredOrg,
} from '../db/orgRepository';
import { hasErrors, type Problem } from '../domain/problems';
import type { OrgData } from '../domain/types';
import { useOrgStore } from '../store/orgStore';
import { prefetchSearchIndex } from '../store/searchStore';
import { crossOriginRedirect } from './sourceRedirect';
import { storageFailure, type StorageFailure } from '../db/storageError';

const STORAGE_NOTICE: Record<StorageFailure, string> = {
  full: 'error.storageFull',
  unavailable: 'error.storageUnavailable',
  failed: 'error.storageFailed',
};
import type { ParseResult } from './parseOrg';
import { type CheckOutcome, decideStart, DEFAULT_SOURCE } from '../domain/dataSource';
import { FORMAT_VERSION } from '../domain/formatVersion';

export { DEFAULT_SOURCE } from '../domain/dataSource';

/**
 * The parser (zod schema + validation) is loaded only when a file must be checked, so a start
 * from the IndexedDB cache does not download or evaluate it.
 */
async function parseOrg(text: string, drawBrokenReportingLines = false): Promise<ParseResult> {
  const { parseOrg: parse } = await import('./parseOrg');
  return parse(text, { drawBrokenReportingLines });
}

/** `?org=` from the page URL, if any. */
export function sourceFromQuery(search: string): string | undefined {
  const value = new URLSearchParams(search).get('org');
  return value && value.trim() !== '' ? value.trim() : undefined;
}

export type FetchResult =
  { ok: true; text: string } | { ok: false; problem: Problem; offline: boolean };

function fetchProblem(detail: string): Problem {
  return {
    path: '$',
    severity: 'error',
    code: 'fetch-failed',
    message: {
      en: `The file could not be downloaded (${detail}).`,
      fr: `Le fichier n'a pas pu être téléchargé (${detail}).`,
    },
  };
}

/** Downloads a source file (no cache; a redirect to another origin is refused). */
export async function fetchSource(url: string): Promise<FetchResult> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) {
      return { ok: false, offline: false, problem: fetchProblem(`HTTP ${response.status}`) };
    }
    const redirected = crossOriginRedirect(url, response);
    if (redirected) return { ok: false, offline: false, problem: redirected };
    return { ok: true, text: await response.text() };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, offline: true, problem: fetchProblem(detail) };
  }
}

/**
 * The stored current version. One written by an older app is read through the migration chain
 * and validated again: if it no longer validates it is still shown (it is all there is), with
 * its problems and a notice, never silently.
 */
async function readStored(): Promise<(StoredOrg & { problems: Problem[] }) | undefined> {
  let stored: StoredOrg | undefined;
  try {
    stored = await getCurrent();
  } catch {
    return undefined; // IndexedDB unavailable: behave like a first start
  }
  if (!stored) return undefined;
  if (stored.data.formatVersion === FORMAT_VERSION) return { ...stored, problems: [] };
  const [{ validateOrg }, { migrateOrgFile }] = await Promise.all([
    import('../domain/validate'),
    import('../domain/migrations'),
  ]);
  const raw = stored.data as unknown as Record<string, unknown>;
  const result = validateOrg(raw);
  const migrated = migrateOrgFile(raw);
  const data = result.data ?? ((migrated.ok ? migrated.value : raw) as unknown as OrgData);
  return { data, meta: stored.meta, problems: result.problems };
}

/** Saves a valid file as the current version; if storage fails, still shows the data. */
async function applyNew(data: OrgData, text: string, source: string): Promise<void> {
  const store = useOrgStore.getState();
  const hash = await sha256Hex(text);
  try {
    const meta = await saveVersion(data, {
      source: source === DEFAULT_SOURCE ? 'bundled' : 'remote',
      sourceUrl: source,
      hash,
    });
    store.setData(data, meta);
  } catch (e) {
    store.setData(data, {
      versionId: 0,
      sourceUrl: source,
      hash,
      loadedAt: new Date().toISOString(),
      formatVersion: data.formatVersion,
    });
    // Plain words for the user; the library's own text (with its links) only in the console.
    console.warn('Wayfinder: could not store the data', e);
    store.setNotice({ kind: 'warning', key: STORAGE_NOTICE[storageFailure(e)] });
  }
}

/** Resolves when the page is idle (or after `timeoutMs` at the latest). */
function whenIdle(timeoutMs = 3000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    } else setTimeout(resolve, 0);
  });
}

/** Records the check of `source` in the store and in IndexedDB ("last checked"). */
async function noteCheck(source: string, outcome: CheckOutcome): Promise<CheckOutcome> {
  useOrgStore.setState({ lastCheck: await recordCheck(source, outcome) });
  return outcome;
}

/**
 * Background check of the followed source when data is already shown; "check now" on the admin
 * page runs the same. Resolves with what came of it ('offline': not checked at all).
 */
export async function refreshFromSource(
  source: string,
  storedHash: string,
): Promise<CheckOutcome | 'offline'> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  const store = useOrgStore.getState();
  const fetched = await fetchSource(source);
  if (!fetched.ok) {
    // Offline is normal for this app; a reachable server without the file is worth saying.
    if (fetched.offline) return 'offline';
    store.setProblems([fetched.problem]);
    store.setNotice({ kind: 'warning', key: 'notice.refreshFailed' });
    return noteCheck(source, 'failed');
  }
  if ((await sha256Hex(fetched.text)) === storedHash) return noteCheck(source, 'upToDate');
  const { data, problems } = await parseOrg(fetched.text);
  if (!data) {
    store.setProblems(problems);
    store.setNotice({ kind: 'warning', key: 'notice.refreshRefused' });
    return noteCheck(source, 'refused');
  }
  await applyNew(data, fetched.text, source);
  useOrgStore.getState().setProblems(problems);
  useOrgStore.getState().setNotice({ kind: 'info', key: 'notice.newerData' });
  return noteCheck(source, 'applied');
}

/** A URL asked for explicitly: `?org=`, else the saved setting; undefined for neither. */
async function requestedSource(search: string): Promise<string | undefined> {
  const fromQuery = sourceFromQuery(search);
  if (fromQuery) return fromQuery;
  try {
    return (await getSettings()).sourceUrl;
  } catch {
    return undefined;
  }
}

/**
 * Loads the organisation (see the module comment). Resolves when the store is 'ready' or
 * 'error'; the background refresh of a later start is returned separately so tests can await it.
 */
export async function loadOrg(
  search: string = typeof window === 'undefined' ? '' : window.location.search,
): Promise<{ refresh: Promise<void> }> {
  const store = useOrgStore.getState();
  mark('load-start');
  // The search index of the stored version is read while its data is (a small meta read first).
  void getCurrentMeta()
    .then((meta) => meta && prefetchSearchIndex(meta))
    .catch(() => undefined);
  // Both reads at once: the stored data is the long one (structured clone of the whole org).
  const [requested, stored, lastCheck] = await Promise.all([
    requestedSource(search),
    readStored(),
    getLastCheck().catch(() => undefined),
  ]);
  mark('stored-read');
  const decision = decideStart({
    ...(stored ? { stored: stored.meta.sourceUrl } : {}),
    ...(requested !== undefined ? { requested } : {}),
  });
  useOrgStore.setState({
    source:
      decision.action === 'fetch' ? decision.source : (stored?.meta.sourceUrl ?? DEFAULT_SOURCE),
    notFollowed: decision.action === 'show' ? decision.notFollowed : undefined,
    lastCheck,
  });

  if (stored && decision.action === 'show') {
    store.setData(stored.data, stored.meta);
    if (stored.problems.length > 0) {
      store.setProblems(stored.problems);
      if (hasErrors(stored.problems)) {
        store.setNotice({ kind: 'warning', key: 'notice.storedInvalid' });
      }
    }
    mark('data-set');
    const from = decision.refreshFrom;
    if (from === undefined) return { refresh: Promise.resolve() };
    // After the page has drawn and answered: hashing and maybe parsing the file (10k people:
    // ~0.15 s of hashing alone) would otherwise compete with the first answer.
    const refresh = whenIdle().then(() => refreshFromSource(from, stored.meta.hash));
    return { refresh: refresh.then(() => undefined).catch(() => undefined) };
  }

  const source = decision.action === 'fetch' ? decision.source : DEFAULT_SOURCE;
  const fetched = await fetchSource(source);
  // With stored data to fall back on, a file with broken reporting lines is refused like any
  // other invalid one; on a first start it is better than an error page.
  const parsed: ParseResult = fetched.ok
    ? await parseOrg(fetched.text, !stored)
    : { problems: [fetched.problem] };
  if (fetched.ok && parsed.data) {
    await applyNew(parsed.data, fetched.text, source);
    await noteCheck(source, 'applied');
    store.setProblems(parsed.problems);
    if (hasErrors(parsed.problems)) {
      const errors = parsed.problems.filter((p) => p.severity === 'error').length;
      store.setNotice({
        kind: 'warning',
        key: 'notice.brokenReportingLines',
        values: { count: errors },
      });
    }
  } else if (stored) {
    store.setData(stored.data, stored.meta);
    store.setProblems(parsed.problems);
    store.setNotice({ kind: 'warning', key: 'notice.refreshRefused' });
    if (fetched.ok || !fetched.offline) await noteCheck(source, fetched.ok ? 'refused' : 'failed');
  } else {
    store.setError(parsed.problems);
  }
  return { refresh: Promise.resolve() };
}
