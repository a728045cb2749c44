import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearSearchIndexes, readSearchIndex, writeSearchIndex } from '../db/searchIndexCache';
import type { OrgData } from '../domain/types';
import type { PackedSearchIndex } from './packedIndex';
import { buildHome, type SearchHome } from './protocol';
import { createSearchClient } from './searchClient';
import { fixtureOrg } from './testFixture';

afterEach(() => vi.unstubAllGlobals());
beforeEach(() => clearSearchIndexes());

async function untilCached(key: string): Promise<void> {
  for (let i = 0; i < 100 && !(await readSearchIndex(key)); i++) {
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('search client', () => {
  it('builds on the main thread when there is no Worker (jsdom) and answers synchronously', async () => {
    const client = createSearchClient();
    expect(client.mode).toBe('main');
    const info = await client.load(fixtureOrg);
    expect(info.size).toBe(20);
    expect(client.search('payrol')?.hits[0]).toMatchObject({ kind: 'topic', id: 't-payslip' });
  });

  it('has no answer before any index is ready', () => {
    const client = createSearchClient({ useWorker: false });
    expect(client.search('payroll')).toBeUndefined();
  });

  it('answers from the latest data version once it is loaded', async () => {
    const client = createSearchClient({ useWorker: false });
    await client.load(fixtureOrg);
    const renamed: OrgData = {
      ...fixtureOrg,
      topics: fixtureOrg.topics.map((t) =>
        t.id === 't-laptop' ? { ...t, name: 'Ordinateur en panne', keywords: [] } : t,
      ),
    };
    await client.load(renamed);
    expect(client.search('ordinateur')?.hits[0]).toMatchObject({ id: 't-laptop' });
  });

  it('reuses the index cached in IndexedDB for the same data version, and only for it', async () => {
    const first = createSearchClient({ useWorker: false });
    expect(await first.load(fixtureOrg, 'k:1:abc')).toMatchObject({ source: 'built', size: 20 });
    await untilCached('k:1:abc');

    const next = createSearchClient({ useWorker: false });
    const info = await next.load(fixtureOrg, 'k:1:abc');
    expect(info).toMatchObject({ source: 'cache', size: 20, buildMs: 0 });
    expect(info.terms).toBeGreaterThan(50);
    // The home page comes with the index, from the cache too (nothing walks the data on the page).
    expect(info.home).toEqual(buildHome(fixtureOrg));
    expect(info.home.suggestions.onboardingTopicIds.length).toBeGreaterThan(0);
    expect(next.search('conges')?.hits[0]).toMatchObject({ id: 't-leave' });

    const other = createSearchClient({ useWorker: false });
    expect(await other.load(fixtureOrg, 'k:2:def')).toMatchObject({ source: 'built' });

    // Read ahead at start-up (before the data is read), then taken by the load of that version.
    const early = createSearchClient({ useWorker: false });
    early.prefetch('k:1:abc');
    expect(await early.load(fixtureOrg, 'k:1:abc')).toMatchObject({ source: 'cache' });
    expect(early.search('payrol')?.hits[0]).toMatchObject({ id: 't-payslip' });
  });

  it('builds again when the cached entry is damaged', async () => {
    const damaged = { terms: 'a\nb', docIds: 'x' } as unknown as PackedSearchIndex;
    await writeSearchIndex('k:4:bad', damaged, buildHome(fixtureOrg));
    await untilCached('k:4:bad');
    const client = createSearchClient({ useWorker: false });
    expect(await client.load(fixtureOrg, 'k:4:bad')).toMatchObject({ source: 'built', size: 20 });
    expect(client.search('conges')?.hits[0]).toMatchObject({ id: 't-leave' });
  });

  it('builds again from an entry cached without the home page (saved by an older version)', async () => {
    const first = createSearchClient({ useWorker: false });
    await first.load(fixtureOrg, 'k:5:old');
    await untilCached('k:5:old');
    const saved = await readSearchIndex('k:5:old');
    await clearSearchIndexes();
    // What an older version saved: the index alone.
    await writeSearchIndex('k:5:old', saved!.packed, undefined as unknown as SearchHome);
    await untilCached('k:5:old');
    const client = createSearchClient({ useWorker: false });
    const info = await client.load(fixtureOrg, 'k:5:old');
    expect(info).toMatchObject({ source: 'built', home: buildHome(fixtureOrg) });
  });

  it('starts no worker when the index comes from the cache', async () => {
    await createSearchClient({ useWorker: false }).load(fixtureOrg, 'k:3:ghi');
    await untilCached('k:3:ghi');
    let started = 0;
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          started++;
        }
      },
    );
    const client = createSearchClient();
    expect(await client.load(fixtureOrg, 'k:3:ghi')).toMatchObject({ source: 'cache' });
    expect(client.search('conges')?.hits[0]).toMatchObject({ id: 't-leave' });
    expect(started).toBe(0);
  });

  it('takes the index built by the worker, transferred as buffers', async () => {
    const { buildPacked } = await import('./protocol');
    const posted: unknown[][] = [];
    class IndexingWorker {
      onmessage: ((e: { data: unknown }) => void) | null = null;
      onerror: ((e: { preventDefault(): void }) => void) | null = null;
      postMessage(request: { id: number; name: string; input: { data: OrgData } }) {
        const value = buildPacked(request.input.data);
        setTimeout(() => this.onmessage?.({ data: { id: request.id, kind: 'result', value } }), 0);
        posted.push([request.id, request.name]);
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', IndexingWorker);
    const client = createSearchClient();
    expect(client.mode).toBe('worker');
    expect(client.search('conges')).toBeUndefined();
    await client.load(fixtureOrg);
    expect(client.search('conges')?.hits[0]).toMatchObject({ id: 't-leave' });
    expect(client.search('bulletin de paie')?.hits[0]).toMatchObject({ id: 't-payslip' });
    expect(posted).toEqual([[1, 'build']]);
  });

  it('falls back to the main thread when the worker fails, replaying pending loads', async () => {
    const workers: FailingWorker[] = [];
    class FailingWorker {
      onmessage: ((e: MessageEvent) => void) | null = null;
      onerror: ((e: { preventDefault(): void }) => void) | null = null;
      constructor() {
        workers.push(this);
      }
      postMessage() {
        setTimeout(() => this.onerror?.({ preventDefault() {} }), 0);
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', FailingWorker);
    const client = createSearchClient();
    expect(client.mode).toBe('worker');
    await expect(client.load(fixtureOrg)).resolves.toMatchObject({ size: 20 });
    expect(client.search('laptop broken')?.hits[0]).toMatchObject({ id: 't-laptop' });
    expect(client.mode).toBe('main');
    expect(workers).toHaveLength(1);
  });
});
