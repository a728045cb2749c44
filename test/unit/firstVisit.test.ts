/**
 * A first visit (no Wayfinder database in this browser yet) fetches the org file at once: the
 * page does not open, and so create, the database only to find it empty. Any other start reads
 * the database first, as before; so does a browser that cannot list its databases.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SOURCE, loadOrg } from '../../src/app/loadOrg';
import { db } from '../../src/db/database';
import { isFirstVisit } from '../../src/db/firstVisit';
import { getCurrent, saveSettings } from '../../src/db/orgRepository';
import { useOrgStore, type DataMeta } from '../../src/store/orgStore';
import { parseOrg } from '../../src/app/parseOrg';

const text = readFileSync(resolve(__dirname, '../fixtures/valid/small-org.json'), 'utf8');
const URL_SOURCE = 'https://intranet.example/org.json';
const initial = useOrgStore.getState();

/** Serves the sample at every address and records, in order, each fetch and database open. */
function recordStart(): string[] {
  const events: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      events.push(`fetch ${url}`);
      return Promise.resolve(new Response(text, { status: 200 }));
    }),
  );
  const open = indexedDB.open.bind(indexedDB);
  vi.spyOn(indexedDB, 'open').mockImplementation((name: string, version?: number) => {
    events.push(`open ${name}`);
    return open(name, version);
  });
  return events;
}

beforeEach(async () => {
  useOrgStore.setState(initial, true);
  // No database at all, as in a browser that never ran Wayfinder; the app opens it on first use.
  await db.delete({ disableAutoOpen: false });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  db.close({ disableAutoOpen: false });
});

describe('a first visit', () => {
  it('is told apart from a browser that has the database', async () => {
    expect(await isFirstVisit()).toBe(true);
    await db.open();
    expect(await isFirstVisit()).toBe(false);
  });

  it('fetches the org file before anything opens the database, and stores it', async () => {
    const events = recordStart();
    await loadOrg('');
    expect(events[0]).toBe(`fetch ${DEFAULT_SOURCE}`);
    expect(useOrgStore.getState().status).toBe('ready');
    expect((await getCurrent())?.meta.sourceUrl).toBe(DEFAULT_SOURCE);
  });

  it('follows ?org= on a first visit too', async () => {
    recordStart();
    await loadOrg(`?org=${encodeURIComponent(URL_SOURCE)}`);
    expect(useOrgStore.getState().source).toBe(URL_SOURCE);
    expect((await getCurrent())?.meta.sourceUrl).toBe(URL_SOURCE);
  });
});

describe('any other start', () => {
  it('reads the database first, so a configured source is followed', async () => {
    await saveSettings({ sourceUrl: URL_SOURCE });
    db.close({ disableAutoOpen: false });
    const events = recordStart();
    await loadOrg('');
    expect(events[0]).toBe('open wayfinder');
    expect(events).toContain(`fetch ${URL_SOURCE}`);
    expect(useOrgStore.getState().source).toBe(URL_SOURCE);
  });

  it('with the stored hint, reads the database at once without asking databases()', async () => {
    await saveSettings({ sourceUrl: URL_SOURCE });
    db.close({ disableAutoOpen: false });
    vi.stubGlobal('localStorage', { getItem: () => '1', setItem: () => undefined });
    const databases = vi.spyOn(indexedDB, 'databases');
    const events = recordStart();
    await loadOrg('');
    expect(databases).not.toHaveBeenCalled();
    expect(events[0]).toBe('open wayfinder');
    expect(useOrgStore.getState().source).toBe(URL_SOURCE);
  });

  it('with the stored hint but nothing stored (evicted), fetches the file and stores it', async () => {
    vi.stubGlobal('localStorage', { getItem: () => '1', setItem: () => undefined });
    recordStart();
    await loadOrg('');
    expect(useOrgStore.getState().status).toBe('ready');
    expect((await getCurrent())?.meta.sourceUrl).toBe(DEFAULT_SOURCE);
  });

  it('reads the database first when the browser cannot list databases', async () => {
    vi.spyOn(indexedDB, 'databases').mockRejectedValue(new Error('not allowed'));
    expect(await isFirstVisit()).toBeUndefined();
    const events = recordStart();
    await loadOrg('');
    expect(events[0]).toBe('open wayfinder');
    expect(useOrgStore.getState().status).toBe('ready');
  });
});

describe('the index built while the worker stores the version', () => {
  const data = parseOrg(text).data!;
  const meta: DataMeta = {
    versionId: 7,
    sourceUrl: DEFAULT_SOURCE,
    hash: 'h',
    loadedAt: '2026-12-02T06:00:00.000Z',
    formatVersion: data.formatVersion,
  };

  it('shows the data only once the version is stored', async () => {
    let stored: (m: DataMeta) => void = () => undefined;
    const building = useOrgStore
      .getState()
      .setDataInSlices(data, new Promise<DataMeta>((resolve) => (stored = resolve)));
    await new Promise((r) => setTimeout(r, 50)); // the index is long built by now
    expect(useOrgStore.getState().status).toBe('loading');
    stored(meta);
    await building;
    expect(useOrgStore.getState()).toMatchObject({ status: 'ready', meta, data });
  });

  it('leaves the store as it was when the version is not stored after all', async () => {
    await useOrgStore.getState().setDataInSlices(data, Promise.reject(new Error('worker gone')));
    expect(useOrgStore.getState()).toMatchObject({ status: 'loading', data: undefined });
  });
});
