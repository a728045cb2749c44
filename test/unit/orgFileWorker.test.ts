/**
 * The org file worker's handler served over a real MessageChannel (structured clone, as in a
 * worker): the page gets the stored version's meta and the data, put back together from its
 * slices, and nothing when the file is refused or unchanged.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEEP_FOR_SEARCH_MS, orgFileHandlers } from '../../src/app/orgFileHandlers';
import { sha256Hex } from '../../src/db/hash';
import { getCurrent, listVersions } from '../../src/db/orgRepository';
import type { OrgData } from '../../src/domain/types';
import { OrgCollector, orgSlices, SLICE_RECORDS } from '../../src/workers/orgSlices';
import type { FetchOrgInput } from '../../src/app/orgFileHandlers';
import type { FirstView } from '../../src/layout/firstView';
import type { BuiltIndex } from '../../src/search/protocol';
import { readSearchIndex } from '../../src/db/searchIndexCache';
import { searchIndexKey } from '../../src/search/searchIndex';
import { ChannelWorker } from '../../src/workers/channelWorker';
import { createWorkerClient } from '../../src/workers/workerClient';
import { freshDbPerTest } from './freshDb';

freshDbPerTest();
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** An organisation of `n` positions on one line: more than one slice from 2,001 on. */
function chainOrg(n: number) {
  return {
    formatVersion: 2,
    organisation: { name: 'Chain Co' },
    units: [{ id: 'u', name: 'Only unit' }],
    positions: Array.from({ length: n }, (_, i) => ({
      id: `level-${i}`,
      title: `Level ${i}`,
      unitId: 'u',
      ...(i > 0 ? { reportsTo: `level-${i - 1}` } : {}),
    })),
  };
}

function serve(url: string, body: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn((asked: string) =>
      Promise.resolve(
        asked === url ? new Response(body, { status: 200 }) : new Response('', { status: 404 }),
      ),
    ),
  );
}

/** The org file handlers in a worker over a real MessageChannel; counts the slices sent. */
class OrgFileWorker extends ChannelWorker {
  slices = 0;
  constructor() {
    super(orgFileHandlers, (message) => {
      if ((message as { kind?: string }).kind === 'event') this.slices++;
    });
  }
}

/** A client of the handlers served by `worker`, never falling back to the page. */
function workerClient(worker = new OrgFileWorker()) {
  // Node has no Worker: without one the client would run the handler on the page.
  vi.stubGlobal('Worker', OrgFileWorker);
  return createWorkerClient<typeof orgFileHandlers>({
    start: () => worker as unknown as Worker,
    fallback: () => {
      throw new Error('the worker must answer');
    },
  });
}

async function callWorker(input: FetchOrgInput) {
  const worker = new OrgFileWorker();
  const client = workerClient(worker);
  const collector = new OrgCollector();
  const order: string[] = [];
  let firstView: FirstView | undefined;
  let searchIndex: BuiltIndex | undefined;
  const outcome = await client.call('fetchOrg', input, {
    onEvent: (event) => {
      order.push(event.type);
      if (event.type === 'firstView') firstView = event.view;
      else if (event.type === 'searchIndex') searchIndex = event.built;
      else collector.add(event);
    },
  });
  client.terminate();
  return { outcome, data: collector.data(), events: worker.slices, order, firstView, searchIndex };
}

const URL_ = 'https://hr.example.com/org.json';
const input = (extra: Partial<FetchOrgInput> = {}): FetchOrgInput => ({
  source: URL_,
  url: URL_,
  drawBrokenReportingLines: false,
  ...extra,
});

describe('org file worker', () => {
  it('stores a valid file and sends its data back in slices, equal to the file', async () => {
    const org = chainOrg(2 * SLICE_RECORDS + 5);
    const text = JSON.stringify(org);
    serve(URL_, text);
    const { outcome, data, events } = await callWorker(input());
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    // A head, three slices of positions and the end, never the whole organisation in one message.
    expect(events).toBe(5);
    expect(data).toEqual((await getCurrent())?.data);
    expect(data.positions).toHaveLength(org.positions.length);
    expect(data.positions.map((p) => p.id)).toEqual(org.positions.map((p) => p.id));
    expect(outcome.meta.versionId).toBeGreaterThan(0);
    expect(outcome.meta.hash).toBe(await sha256Hex(text));
    expect(outcome.meta.sourceUrl).toBe(URL_);
  });

  it('refuses an invalid file with its problems and stores nothing', async () => {
    serve(URL_, '{"formatVersion": 2, "organisation": 42}');
    const { outcome, events } = await callWorker(input());
    expect(outcome.kind).toBe('refused');
    if (outcome.kind === 'refused') expect(outcome.problems.length).toBeGreaterThan(0);
    expect(events).toBe(0);
    expect(await listVersions()).toHaveLength(0);
  });

  it('reports the same file as up to date without parsing or storing it', async () => {
    const text = JSON.stringify(chainOrg(3));
    serve(URL_, text);
    const { outcome } = await callWorker(input({ knownHash: await sha256Hex(text) }));
    expect(outcome).toEqual({ kind: 'upToDate' });
    expect(await listVersions()).toHaveLength(0);
  });

  it('draws the first view before it sends the data, only when asked', async () => {
    const org = chainOrg(30);
    org.positions[1]!.title = '<img src=x onerror=alert(1)> Finance & "ops"';
    serve(URL_, JSON.stringify(org));
    const asked = await callWorker(
      input({ firstView: { lang: 'fr', dark: false, today: '2026-12-02' } }),
    );
    expect(asked.outcome.kind).toBe('applied');
    expect(asked.order[0]).toBe('firstView');
    expect(asked.order.slice(1)).toEqual(['head', 'end']);
    // A chain opens level after level: every one of the 30 cards is in the first view.
    expect(asked.firstView?.cards).toBe(30);
    expect(asked.firstView?.svg).toContain('Level 29');
    // The data's text is escaped: markup in a title stays text.
    expect(asked.firstView?.svg).not.toContain('<img');
    expect(asked.firstView?.svg).toContain('&lt;img src=x onerror=alert(1)&gt; Finance &amp;');
    expect(asked.firstView?.top?.position).toBeDefined();
    const plain = await callWorker(input());
    expect(plain.order).toEqual(['head', 'end']);
  });

  it('builds the search index of the data it sends when asked, and caches it once stored', async () => {
    const org = chainOrg(40);
    org.positions[7]!.title = 'Payroll officer';
    serve(URL_, JSON.stringify(org));
    const { outcome, order, searchIndex } = await callWorker(input({ searchIndex: true }));
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    // After the data: the page shows data first and answers once the index is in.
    expect(order).toEqual(['head', 'end', 'searchIndex']);
    expect(searchIndex?.info.size).toBeGreaterThanOrEqual(40);
    const cached = await readSearchIndex(searchIndexKey(outcome.meta.versionId, outcome.meta.hash));
    expect(cached?.packed.docKind.length).toBe(searchIndex?.packed.docKind.length);
    expect(cached?.home).toEqual(searchIndex?.home);
    const plain = await callWorker(input());
    expect(plain.searchIndex).toBeUndefined();
  });

  it('keeps the data it stored for its search index, given once and only for that version', async () => {
    const org = chainOrg(25);
    serve(URL_, JSON.stringify(org));
    const client = workerClient();
    const outcome = await client.call('fetchOrg', input({ keepForSearch: true }));
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    const { versionId, hash } = outcome.meta;
    expect(await client.call('searchIndexOf', { versionId, hash: 'another' })).toBeUndefined();
    // The wrong version let the data go: asked again, there is nothing.
    expect(await client.call('searchIndexOf', { versionId, hash })).toBeUndefined();
    await client.call('fetchOrg', input({ keepForSearch: true }));
    const latest = (await getCurrent())!.meta;
    const built = await client.call('searchIndexOf', latest);
    expect(built?.info.size).toBeGreaterThanOrEqual(25);
    const cached = await readSearchIndex(searchIndexKey(latest.versionId, latest.hash));
    expect(cached?.packed.docKind.length).toBe(built?.packed.docKind.length);
    expect(await client.call('searchIndexOf', latest)).toBeUndefined();
    client.terminate();
  });

  it('lets the kept data go after a minute if its index is never asked for', async () => {
    serve(URL_, JSON.stringify(chainOrg(5)));
    const client = workerClient();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const outcome = await client.call('fetchOrg', input({ keepForSearch: true }));
      if (outcome.kind !== 'applied') throw new Error('applied expected');
      vi.advanceTimersByTime(KEEP_FOR_SEARCH_MS + 1);
      expect(await client.call('searchIndexOf', outcome.meta)).toBeUndefined();
    } finally {
      vi.useRealTimers();
      client.terminate();
    }
  });

  it('draws the first view of a refused file before refusing it, and sends none of its data', async () => {
    // Drawn before the check (`firstViewOfText.ts`): the page takes the picture down on refusal.
    serve(URL_, JSON.stringify({ ...chainOrg(3), units: [{ id: 'u', name: 'U', color: 'red' }] }));
    const refused = await callWorker(
      input({ firstView: { lang: 'en', dark: false, today: '2026-12-02' } }),
    );
    expect(refused.outcome.kind).toBe('refused');
    expect(refused.order).toEqual(['firstView']);
    expect(refused.firstView?.cards).toBe(3);
    expect(refused.events).toBe(1); // the picture: no slice of the data
    expect(await listVersions()).toHaveLength(0);
    // A file that cannot be drawn: no picture, refused all the same.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    serve(URL_, JSON.stringify({ ...chainOrg(3), positions: [null] }));
    const undrawn = await callWorker(
      input({ firstView: { lang: 'en', dark: false, today: '2026-12-02' } }),
    );
    expect(undrawn.outcome.kind).toBe('refused');
    expect(undrawn.order).toEqual([]);
  });

  it('says when the server has no file, and whether the network was there', async () => {
    serve('https://elsewhere.example.com/', '');
    const { outcome } = await callWorker(input());
    expect(outcome).toMatchObject({ kind: 'failed', offline: false });
  });
});

/** The problem a failed download reports (`fetchSource`), with `detail` as its text. */
const fetchFailed = (detail: string) =>
  ({
    path: '$',
    severity: 'error',
    code: 'fetch-failed',
    message: { en: detail, fr: detail },
  }) as const;

describe('the org file downloaded by the page on a first visit', () => {
  const bytesOf = (text: string) => new TextEncoder().encode(text).buffer;

  it('is checked and stored from the bytes handed over, not downloaded again', async () => {
    const text = JSON.stringify(chainOrg(3));
    serve(URL_, '{"not": "this"}');
    const { outcome, data } = await callWorker(
      input({ prefetched: { ok: true, bytes: bytesOf(`\ufeff${text}`) } }),
    );
    expect(fetch).not.toHaveBeenCalled();
    expect(outcome.kind).toBe('applied');
    expect(data.positions.map((p) => p.id)).toEqual(['level-0', 'level-1', 'level-2']);
    // The same version as a download of the same bytes: Response.text() drops the BOM too.
    if (outcome.kind === 'applied') expect(outcome.meta.hash).toBe(await sha256Hex(text));
  });

  it('says why the server refused it, as the worker would', async () => {
    const problem = fetchFailed('HTTP 404');
    serve(URL_, JSON.stringify(chainOrg(2)));
    const { outcome } = await callWorker(
      input({ prefetched: { ok: false, offline: false, problem } }),
    );
    expect(fetch).not.toHaveBeenCalled();
    expect(outcome).toEqual({ kind: 'failed', problem, offline: false });
  });

  it('is downloaded by the worker when the page could not reach the server', async () => {
    // Offline then, or the page's policy does not list the source's origin (the worker's does).
    const problem = fetchFailed('Failed to fetch');
    serve(URL_, JSON.stringify(chainOrg(2)));
    const { outcome } = await callWorker(
      input({ prefetched: { ok: false, offline: true, problem } }),
    );
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(outcome.kind).toBe('applied');
  });

  it('is downloaded again when its bytes arrive empty (moved away by a call rerun on the page)', async () => {
    serve(URL_, JSON.stringify(chainOrg(2)));
    const { outcome } = await callWorker(
      input({ prefetched: { ok: true, bytes: new ArrayBuffer(0) } }),
    );
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(outcome.kind).toBe('applied');
  });

  it('is handed over once, only for its own source and not to a refresh', async () => {
    const { fetchOrgFile, prefetchOrgFile } = await import('../../src/app/orgFileClient');
    serve(URL_, JSON.stringify(chainOrg(2)));
    prefetchOrgFile(URL_);
    const first = await fetchOrgFile(URL_, { drawBrokenReportingLines: true });
    expect(first.kind).toBe('applied');
    expect(fetch).toHaveBeenCalledTimes(1);
    // Taken: the next fetch of the same source downloads, as does one of another source.
    await fetchOrgFile(URL_, { drawBrokenReportingLines: false });
    expect(fetch).toHaveBeenCalledTimes(2);
    prefetchOrgFile('https://hr.example.com/other.json');
    await fetchOrgFile(URL_, { drawBrokenReportingLines: false });
    expect(fetch).toHaveBeenCalledTimes(4);
    prefetchOrgFile(URL_);
    const refresh = await fetchOrgFile(URL_, { drawBrokenReportingLines: false, knownHash: 'x' });
    expect(refresh.kind).toBe('applied');
    expect(fetch).toHaveBeenCalledTimes(6);
  });
});

describe("a first visit's call, started by the page's first script", () => {
  const firstView = { lang: 'en', dark: false, today: '2026-12-02' } as const;

  it('is taken over by the loader: one download, one check, every event replayed', async () => {
    const client = await import('../../src/app/orgFileClient');
    serve(URL_, JSON.stringify(chainOrg(2_500))); // slices: events before and after the take-over
    const shown: FirstView[] = [];
    client.prefetchOrgFile(URL_);
    client.startFirstVisitFetch(URL_, client.firstVisitOptions(firstView, false), (view) =>
      shown.push(view),
    );
    expect(client.hasFirstVisitFetch()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const views: FirstView[] = [];
    let data: OrgData | undefined;
    const taken = await client.fetchOrgFile(URL_, client.firstVisitOptions(firstView, false), {
      onFirstView: (view) => views.push(view),
      onData: (d) => (data = d),
    });
    expect(client.hasFirstVisitFetch()).toBe(false);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(taken.kind).toBe('applied');
    if (taken.kind !== 'applied') return;
    expect(taken.data.positions).toHaveLength(2_500);
    expect(data?.positions).toHaveLength(2_500);
    // The first script showed the picture; the loader heard of it too (its "shown" waits on it).
    expect(shown).toHaveLength(1);
    expect(views).toEqual(shown);
    expect(await listVersions()).toHaveLength(1);
    expect((await getCurrent())?.data.positions).toHaveLength(2_500);
  });

  it('is not taken by a fetch of another source, nor by a refresh', async () => {
    const client = await import('../../src/app/orgFileClient');
    serve(URL_, JSON.stringify(chainOrg(2)));
    client.prefetchOrgFile(URL_);
    client.startFirstVisitFetch(URL_, client.firstVisitOptions(undefined, true));
    const refresh = await client.fetchOrgFile(URL_, {
      drawBrokenReportingLines: false,
      knownHash: 'x',
    });
    expect(refresh.kind).toBe('applied');
    expect(client.hasFirstVisitFetch()).toBe(true);
    const other = await client.fetchOrgFile('https://hr.example.com/other.json', {
      drawBrokenReportingLines: false,
    });
    expect(other.kind).toBe('failed'); // 404: asked on its own
    expect(client.hasFirstVisitFetch()).toBe(false); // dropped, not kept for later
  });

  it("passes on the worker's failure to the loader that takes it over", async () => {
    const client = await import('../../src/app/orgFileClient');
    serve(URL_, '{ "formatVersion": 2, "positions": [ ');
    client.prefetchOrgFile(URL_);
    client.startFirstVisitFetch(URL_, client.firstVisitOptions(undefined, false));
    const taken = await client.fetchOrgFile(URL_, client.firstVisitOptions(undefined, false));
    expect(taken.kind).toBe('refused');
    expect(await listVersions()).toHaveLength(0);
  });

  it('stops a prefetch begun on a wrong guess, and hands nothing over', async () => {
    const client = await import('../../src/app/orgFileClient');
    let signal: AbortSignal | undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        signal = init.signal ?? undefined;
        return Promise.resolve(new Response(JSON.stringify(chainOrg(2)), { status: 200 }));
      }),
    );
    client.prefetchOrgFile(URL_);
    client.dropPrefetch();
    expect(signal?.aborted).toBe(true);
    await client.fetchOrgFile(URL_, { drawBrokenReportingLines: false });
    expect(fetch).toHaveBeenCalledTimes(2); // downloaded anew: the stopped bytes were let go
  });
});

describe('org slices', () => {
  it('put back together, give the same data whatever the lists', () => {
    const org = {
      ...chainOrg(5),
      people: Array.from({ length: 7 }, (_, i) => ({ id: `p${i}`, name: `P ${i}` })),
    } as unknown as OrgData;
    const collector = new OrgCollector();
    const slices = [...orgSlices(org, 2)];
    for (const slice of slices) collector.add(slice);
    expect(collector.data()).toEqual(org);
    // units (1) stay in the head; 5 positions → 3 slices, 7 people → 4.
    expect(slices.filter((s) => s.type === 'slice')).toHaveLength(7);
  });
});
