/**
 * What the page's first script (`boot.ts`) starts: the org file worker at once on the chart; on
 * what may be a first visit of any page (no `noteStored` hint) the worker and the download of
 * the file a first start fetches, and, once `databases()` has confirmed it, the worker's check.
 * A later start answers from IndexedDB: a worker compiling then, or a download, would only slow
 * it, and a check asked then would store a version over the one the user has.
 */
import { describe, expect, it, vi } from 'vitest';
import { startEarlyWork } from '../../src/app/earlyWorker';
import { DEFAULT_SOURCE } from '../../src/domain/dataSource';

function mocks(first: Promise<boolean | undefined>, hinted: boolean) {
  return {
    startWorker: vi.fn(),
    prefetch: vi.fn(),
    dropPrefetch: vi.fn(),
    fetchFirstVisit: vi.fn(),
    storedHint: vi.fn(() => hinted),
    isFirstVisit: vi.fn(() => first),
    readStoredEarly: vi.fn(),
  };
}

function run(hash: string, search: string, first: Promise<boolean | undefined>, hinted = false) {
  const work = mocks(first, hinted);
  return startEarlyWork({ hash, search }, work).then(() => work);
}

describe('the work started by the first script', () => {
  it('starts the worker at once on the chart, and downloads nothing when the hint says stored', async () => {
    const work = await run('#/chart', '', Promise.resolve(true), true);
    expect(work.startWorker).toHaveBeenCalled();
    expect(work.prefetch).not.toHaveBeenCalled();
    expect(work.fetchFirstVisit).not.toHaveBeenCalled();
    expect(work.isFirstVisit).not.toHaveBeenCalled(); // the hint is enough
  });

  it('on a first visit of any page downloads the file asked for, then has it checked', async () => {
    for (const hash of ['', '#/', '#/search?q=payslip', '#/directory', '#/chart', '#/chart/ceo']) {
      const work = await run(
        hash,
        '?org=https%3A%2F%2Fhr.example%2Forg.json',
        Promise.resolve(true),
      );
      expect(work.startWorker, hash).toHaveBeenCalled();
      expect(work.prefetch, hash).toHaveBeenCalledWith('https://hr.example/org.json');
      expect(work.fetchFirstVisit, hash).toHaveBeenCalledWith('https://hr.example/org.json');
      expect(work.dropPrefetch, hash).not.toHaveBeenCalled();
    }
    const bundled = await run('#/search', '', Promise.resolve(true));
    expect(bundled.fetchFirstVisit).toHaveBeenCalledWith(DEFAULT_SOURCE);
  });

  it('downloads before databases() answers, and asks for the check only after', async () => {
    let answer: (first: boolean) => void = () => undefined;
    const work = mocks(new Promise<boolean>((resolve) => (answer = resolve)), false);
    const done = startEarlyWork({ hash: '#/search', search: '' }, work);
    await Promise.resolve();
    expect(work.startWorker).toHaveBeenCalled();
    expect(work.prefetch).toHaveBeenCalledWith(DEFAULT_SOURCE);
    expect(work.fetchFirstVisit).not.toHaveBeenCalled();
    answer(true);
    await done;
    expect(work.fetchFirstVisit).toHaveBeenCalledWith(DEFAULT_SOURCE);
  });

  it('stops the download and asks for no check when the database is there after all', async () => {
    for (const hash of ['', '#/search?q=payslip', '#/directory', '#/chart', '#/chart/ceo']) {
      const work = await run(hash, '', Promise.resolve(false));
      expect(work.prefetch, hash).toHaveBeenCalled();
      expect(work.dropPrefetch, hash).toHaveBeenCalled();
      expect(work.fetchFirstVisit, hash).not.toHaveBeenCalled();
    }
  });

  it('starts nothing on a later start of another page when the hint says stored', async () => {
    for (const hash of ['', '#/search?q=payslip', '#/directory', '#/chart/ceo']) {
      const work = await run(hash, '', Promise.resolve(false), true);
      expect(work.startWorker, hash).not.toHaveBeenCalled();
      expect(work.prefetch, hash).not.toHaveBeenCalled();
    }
    for (const hash of ['#/directory', '#/chart', '#/chart/ceo', '#/raci']) {
      const work = await run(hash, '', Promise.resolve(false), true);
      expect(work.readStoredEarly, hash).not.toHaveBeenCalled();
    }
  });

  it('reads the start slice and the cached search index at once on a later start of the search page only', async () => {
    for (const hash of ['', '#/', '#/search', '#/search?q=payslip']) {
      const work = await run(hash, '', Promise.resolve(false), true);
      expect(work.readStoredEarly, hash).toHaveBeenCalledTimes(1);
      expect(work.isFirstVisit, hash).not.toHaveBeenCalled();
    }
    // Maybe a first visit: there is no index to read.
    const first = await run('#/search?q=payslip', '', Promise.resolve(true));
    expect(first.readStoredEarly).not.toHaveBeenCalled();
  });

  it('leaves it to the loader when the browser cannot tell, or the question fails', async () => {
    for (const first of [Promise.resolve(undefined), Promise.reject(new Error('no'))]) {
      const work = await run('#/search', '?org=x.json', first);
      expect(work.dropPrefetch).toHaveBeenCalled();
      expect(work.fetchFirstVisit).not.toHaveBeenCalled();
    }
  });
});
