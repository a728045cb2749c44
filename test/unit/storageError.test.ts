/** Storage failures are told in plain words: never Dexie's message or its tinyurl link. */
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadOrg } from '../../src/app/loadOrg';
import { db, DB_NAME } from '../../src/db/database';
import * as orgRepository from '../../src/db/orgRepository';
import { storageFailure } from '../../src/db/storageError';
import i18n from '../../src/i18n/i18n';
import { useOrgStore } from '../../src/store/orgStore';

const validText = readFileSync(resolve(__dirname, '../fixtures/valid/small-org.json'), 'utf8');
const initial = useOrgStore.getState();

beforeEach(async () => {
  db.close();
  await Dexie.delete(DB_NAME);
  await db.open();
  useOrgStore.setState(initial, true);
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(validText, { status: 200 }))),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('storage failures', () => {
  it('are classified from Dexie errors, their inner DOMException, or a worker message', () => {
    expect(storageFailure(new Dexie.MissingAPIError())).toBe('unavailable');
    const quota = new Dexie.AbortError(
      'Transaction aborted',
      new DOMException('x', 'QuotaExceededError'),
    );
    expect(storageFailure(quota)).toBe('full');
    expect(storageFailure({ name: 'QuotaExceededError', message: 'x' })).toBe('full');
    expect(storageFailure(new Dexie.OpenFailedError('blocked'))).toBe('unavailable');
    expect(storageFailure(new Error('boom'))).toBe('failed');
  });

  it('with IndexedDB missing, the data is shown with a plain notice saying what still works', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(orgRepository, 'getCurrent').mockRejectedValue(new Dexie.MissingAPIError());
    vi.spyOn(orgRepository, 'saveVersion').mockRejectedValue(new Dexie.MissingAPIError());
    await loadOrg('');
    const s = useOrgStore.getState();
    expect(s.status).toBe('ready');
    expect(s.notice).toMatchObject({ kind: 'warning', key: 'error.storageUnavailable' });
    const en = i18n.getFixedT('en', 'common')(s.notice!.key, s.notice!.values ?? {});
    const fr = i18n.getFixedT('fr', 'common')(s.notice!.key, s.notice!.values ?? {});
    for (const text of [en, fr]) {
      expect(text).not.toMatch(/tinyurl|Dexie|IndexedDB|MissingAPI/);
    }
    expect(en).toContain('search, the chart and every view work');
  });
});
