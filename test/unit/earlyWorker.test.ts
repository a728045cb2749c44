/**
 * What the page's first script (`boot.ts`) starts: the org file worker at once on the chart, and
 * on a first visit of any page the worker and the download of the file a first start fetches.
 * A later start of the search page answers from IndexedDB: a worker compiling then, or a
 * download, would only slow it.
 */
import { describe, expect, it, vi } from 'vitest';
import { startEarlyWork } from '../../src/app/earlyWorker';
import { DEFAULT_SOURCE } from '../../src/domain/dataSource';

function run(hash: string, search: string, first: Promise<boolean | undefined>) {
  const work = {
    startWorker: vi.fn(),
    prefetch: vi.fn(),
    isFirstVisit: vi.fn(() => first),
  };
  return startEarlyWork({ hash, search }, work).then(() => work);
}

describe('the work started by the first script', () => {
  it('starts the worker at once on the chart, and downloads nothing when data is stored', async () => {
    const work = await run('#/chart', '', Promise.resolve(false));
    expect(work.startWorker).toHaveBeenCalled();
    expect(work.prefetch).not.toHaveBeenCalled();
  });

  it('on a first visit of any page starts the worker and downloads the file asked for', async () => {
    for (const hash of ['', '#/', '#/search?q=payslip', '#/directory', '#/chart', '#/chart/ceo']) {
      const work = await run(hash, '?org=https%3A%2F%2Fhr.example%2Forg.json', Promise.resolve(true));
      expect(work.startWorker, hash).toHaveBeenCalled();
      expect(work.prefetch, hash).toHaveBeenCalledWith('https://hr.example/org.json');
    }
    const bundled = await run('#/search', '', Promise.resolve(true));
    expect(bundled.prefetch).toHaveBeenCalledWith(DEFAULT_SOURCE);
  });

  it('starts nothing on a later start of another page', async () => {
    for (const hash of ['', '#/search?q=payslip', '#/directory', '#/chart/ceo']) {
      const work = await run(hash, '', Promise.resolve(false));
      expect(work.startWorker, hash).not.toHaveBeenCalled();
      expect(work.prefetch, hash).not.toHaveBeenCalled();
    }
  });

  it('leaves it to the loader when the browser cannot tell, or the question fails', async () => {
    for (const first of [Promise.resolve(undefined), Promise.reject(new Error('no'))]) {
      const work = await run('#/search', '?org=x.json', first);
      expect(work.startWorker).not.toHaveBeenCalled();
      expect(work.prefetch).not.toHaveBeenCalled();
    }
  });
});
