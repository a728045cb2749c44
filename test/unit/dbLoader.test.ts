import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SOURCE, loadOrg } from '../../src/app/loadOrg';
import { db, DB_NAME } from '../../src/db/database';
import { getCurrent, listVersions, saveSettings } from '../../src/db/orgRepository';
import { useOrgStore } from '../../src/store/orgStore';

const validText = readFileSync(resolve(__dirname, '../fixtures/valid/small-org.json'), 'utf8');
const valid = JSON.parse(validText) as { organisation: { name: unknown } };
const renamed = (name: string) =>
  JSON.stringify({ ...valid, organisation: { ...valid.organisation, name } });

/** Serves `files` (url → body; missing → 404); a thrown error simulates being offline. */
function serve(files: Record<string, string | Error>) {
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      calls.push(url);
      const body = files[url];
      if (body instanceof Error) return Promise.reject(body);
      if (body === undefined) return Promise.resolve(new Response('not found', { status: 404 }));
      return Promise.resolve(new Response(body, { status: 200 }));
    }),
  );
  return calls;
}

const initial = useOrgStore.getState();

beforeEach(async () => {
  db.close();
  await Dexie.delete(DB_NAME);
  await db.open();
  useOrgStore.setState(initial, true);
});

afterEach(() => vi.unstubAllGlobals());

describe('loadOrg', () => {
  it('first start: fetches the bundled sample, stores it, shows it', async () => {
    const calls = serve({ [DEFAULT_SOURCE]: validText });
    await loadOrg('');
    const s = useOrgStore.getState();
    expect(calls).toEqual([DEFAULT_SOURCE]);
    expect(s.status).toBe('ready');
    expect(s.data?.organisation.name).toEqual(valid.organisation.name);
    expect(s.meta?.sourceUrl).toBe(DEFAULT_SOURCE);
    expect(s.meta?.hash).toMatch(/^[0-9a-f]{64}$/);
    const stored = await getCurrent();
    expect(stored?.meta.versionId).toBe(s.meta?.versionId);
    expect((await listVersions())[0]?.source).toBe('bundled');
  });

  it('first start with an invalid file: error with every problem, nothing stored', async () => {
    serve({ 'bad.json': '{"formatVersion": 1, "organisation": {}, "positions": 3' });
    await loadOrg('?org=bad.json');
    const s = useOrgStore.getState();
    expect(s.status).toBe('error');
    expect(s.source).toBe('bad.json');
    expect(s.problems.length).toBeGreaterThan(0);
    expect(s.problems[0]?.severity).toBe('error');
    expect(await getCurrent()).toBeUndefined();
  });

  it('first start with a missing file: error naming the HTTP status', async () => {
    serve({});
    await loadOrg('');
    const s = useOrgStore.getState();
    expect(s.status).toBe('error');
    expect(s.problems[0]?.message.en).toContain('404');
  });

  it('later start offline: shows the stored data with no network', async () => {
    serve({ [DEFAULT_SOURCE]: validText });
    await loadOrg('');
    useOrgStore.setState(initial, true);
    serve({ [DEFAULT_SOURCE]: new TypeError('Failed to fetch') });
    const { refresh } = await loadOrg('');
    expect(useOrgStore.getState().status).toBe('ready');
    await refresh;
    expect(useOrgStore.getState().notice).toBeUndefined();
    expect(useOrgStore.getState().data?.organisation.name).toEqual(valid.organisation.name);
  });

  it('later start: a changed valid source becomes a new version with a notice', async () => {
    serve({ [DEFAULT_SOURCE]: validText });
    await loadOrg('');
    serve({ [DEFAULT_SOURCE]: renamed('Renamed Co') });
    const { refresh } = await loadOrg('');
    await refresh;
    const s = useOrgStore.getState();
    expect(s.data?.organisation.name).toBe('Renamed Co');
    expect(s.notice).toMatchObject({ kind: 'info', key: 'notice.newerData' });
    expect(await listVersions()).toHaveLength(2);
  });

  it('later start: an unchanged source adds no version', async () => {
    serve({ [DEFAULT_SOURCE]: validText });
    await loadOrg('');
    const { refresh } = await loadOrg('');
    await refresh;
    expect(await listVersions()).toHaveLength(1);
    expect(useOrgStore.getState().notice).toBeUndefined();
  });

  it('later start: an invalid refresh keeps the stored data and says so', async () => {
    serve({ [DEFAULT_SOURCE]: validText });
    await loadOrg('');
    serve({ [DEFAULT_SOURCE]: '{"formatVersion": 99}' });
    const { refresh } = await loadOrg('');
    await refresh;
    const s = useOrgStore.getState();
    expect(s.status).toBe('ready');
    expect(s.data?.organisation.name).toEqual(valid.organisation.name);
    expect(s.notice).toMatchObject({ kind: 'warning', key: 'notice.refreshRefused' });
    expect(s.problems.length).toBeGreaterThan(0);
    expect(await listVersions()).toHaveLength(1);
  });

  it('a new ?org= source is loaded instead of the stored one', async () => {
    serve({ [DEFAULT_SOURCE]: validText, 'other.json': renamed('Other Co') });
    await loadOrg('');
    await loadOrg('?org=other.json');
    expect(useOrgStore.getState().data?.organisation.name).toBe('Other Co');
    expect(useOrgStore.getState().meta?.sourceUrl).toBe('other.json');
  });

  it('a broken new source falls back to the stored data with a notice', async () => {
    serve({ [DEFAULT_SOURCE]: validText, 'other.json': 'not json' });
    await loadOrg('');
    await loadOrg('?org=other.json');
    const s = useOrgStore.getState();
    expect(s.status).toBe('ready');
    expect(s.data?.organisation.name).toEqual(valid.organisation.name);
    expect(s.notice?.key).toBe('notice.refreshRefused');
  });

  it('uses the saved source setting when there is no ?org=', async () => {
    await saveSettings({ sourceUrl: 'https://intranet.example/org.json' });
    const calls = serve({ 'https://intranet.example/org.json': renamed('Intranet Co') });
    await loadOrg('');
    expect(calls).toEqual(['https://intranet.example/org.json']);
    expect(useOrgStore.getState().data?.organisation.name).toBe('Intranet Co');
  });

  describe('a file whose only errors are broken reporting lines', () => {
    const broken = (() => {
      const org = JSON.parse(validText) as { positions: { id: string; reportsTo?: string }[] };
      for (const p of org.positions) {
        if (p.id === 'hr-head') p.reportsTo = 'pay-lead'; // hr-head → pay-lead → hr-head
        if (p.id === 'cio') p.reportsTo = 'gone'; // unknown manager
      }
      return JSON.stringify(org);
    })();

    it('is shown on a first start, with its errors listed and a notice', async () => {
      serve({ 'broken.json': broken });
      await loadOrg('?org=broken.json');
      const s = useOrgStore.getState();
      expect(s.status).toBe('ready');
      expect(s.data?.positions.find((p) => p.id === 'cio')?.reportsTo).toBe('gone');
      const errors = s.problems.filter((p) => p.severity === 'error');
      expect(errors.map((p) => p.code).sort()).toEqual(['cycle', 'unknown-reference']);
      expect(s.notice).toMatchObject({
        kind: 'warning',
        key: 'notice.brokenReportingLines',
        values: { count: 2 },
      });
      expect(await listVersions()).toHaveLength(1);
    });

    it('never replaces good stored data on a refresh', async () => {
      serve({ [DEFAULT_SOURCE]: validText });
      await loadOrg('');
      serve({ [DEFAULT_SOURCE]: broken });
      const { refresh } = await loadOrg('');
      await refresh;
      const s = useOrgStore.getState();
      expect(s.data?.positions.find((p) => p.id === 'cio')?.reportsTo).toBe('ceo');
      expect(s.notice?.key).toBe('notice.refreshRefused');
      expect(await listVersions()).toHaveLength(1);
    });

    it('other errors still refuse the file on a first start', async () => {
      const org = JSON.parse(broken) as { positions: { id: string }[] };
      org.positions.push({ id: 'ceo' }); // duplicate id
      serve({ 'worse.json': JSON.stringify(org) });
      await loadOrg('?org=worse.json');
      expect(useOrgStore.getState().status).toBe('error');
      expect(await getCurrent()).toBeUndefined();
    });
  });
});
