/** A data source redirected to another origin is refused; the stored data and header stay. */
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SOURCE, loadOrg } from '../../src/app/loadOrg';
import { crossOriginRedirect } from '../../src/app/sourceRedirect';
import { db, DB_NAME } from '../../src/db/database';
import { getCurrent, listVersions } from '../../src/db/orgRepository';
import { useOrgStore } from '../../src/store/orgStore';

const validText = readFileSync(resolve(__dirname, '../fixtures/valid/small-org.json'), 'utf8');
const valid = JSON.parse(validText) as { organisation: { name: unknown } };
const evilText = JSON.stringify({ ...valid, organisation: { name: 'Evil Corp' } });

/** Answers every request with `body`, as if redirected to `finalUrl` when given. */
function serve(body: string, finalUrl?: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => {
      const response = new Response(body, { status: 200 });
      if (finalUrl) {
        Object.defineProperty(response, 'redirected', { value: true });
        Object.defineProperty(response, 'url', { value: finalUrl });
      }
      return Promise.resolve(response);
    }),
  );
}

const initial = useOrgStore.getState();
beforeEach(async () => {
  db.close();
  await Dexie.delete(DB_NAME);
  await db.open();
  useOrgStore.setState(initial, true);
});
afterEach(() => vi.unstubAllGlobals());

describe('cross-origin redirects of the data source', () => {
  it('are told apart from same-origin ones', () => {
    const base = 'https://wayfinder.example/app/';
    const same = { redirected: true, url: 'https://wayfinder.example/data/org-v2.json' };
    expect(crossOriginRedirect('org.json', same, base)).toBeUndefined();
    expect(crossOriginRedirect('org.json', { redirected: false, url: '' }, base)).toBeUndefined();
    const other = { redirected: true, url: 'https://evil.example/org.json' };
    expect(crossOriginRedirect('org.json', other, base)?.code).toBe('cross-origin-redirect');
    const http = { redirected: true, url: 'http://wayfinder.example/org.json' };
    expect(crossOriginRedirect('org.json', http, base)?.message.en).toContain(
      'http://wayfinder.example',
    );
  });

  it('a refresh redirected elsewhere keeps the stored data and says why', async () => {
    serve(validText);
    await loadOrg('');
    useOrgStore.setState(initial, true);
    serve(evilText, 'https://evil.example/org.json');
    const { refresh } = await loadOrg('');
    await refresh;
    const s = useOrgStore.getState();
    expect(s.data?.organisation.name).toEqual(valid.organisation.name);
    expect(s.problems.map((p) => p.code)).toContain('cross-origin-redirect');
    expect((await getCurrent())?.data.organisation.name).toEqual(valid.organisation.name);
    expect(await listVersions()).toHaveLength(1);
  });

  it('a first start redirected elsewhere stores nothing', async () => {
    serve(evilText, 'https://evil.example/org.json');
    await loadOrg('');
    const s = useOrgStore.getState();
    expect(s.status).toBe('error');
    expect(s.problems.map((p) => p.code)).toEqual(['cross-origin-redirect']);
    expect(await getCurrent()).toBeUndefined();
    expect(DEFAULT_SOURCE).toBe('org.json');
  });
});
