/**
 * The org file worker is started by the page's first script (`boot.ts`): at once on the chart,
 * and elsewhere only on a first visit, when it is what fetches and checks the file. A later
 * start of the search page answers from IndexedDB; a worker compiling then would slow it.
 */
import { describe, expect, it, vi } from 'vitest';
import { earlyWorkerStart, startOrgFileWorkerEarly } from '../../src/app/earlyWorker';

describe('the org file worker started from the first script', () => {
  it('starts at once on the chart, whatever is stored', async () => {
    const start = vi.fn();
    const isFirstVisit = vi.fn(() => Promise.resolve(false));
    await startOrgFileWorkerEarly('#/chart', start, isFirstVisit);
    expect(start).toHaveBeenCalledTimes(1);
    expect(isFirstVisit).not.toHaveBeenCalled();
    expect(earlyWorkerStart('#/chart?x=1')).toBe('now');
  });

  it('starts on another page only on a first visit', async () => {
    for (const hash of ['', '#/', '#/search?q=payslip', '#/directory', '#/chart/ceo', '#/admin']) {
      const started = vi.fn();
      await startOrgFileWorkerEarly(hash, started, () => Promise.resolve(true));
      expect(started, hash).toHaveBeenCalledTimes(1);
      const notStarted = vi.fn();
      await startOrgFileWorkerEarly(hash, notStarted, () => Promise.resolve(false));
      expect(notStarted, hash).not.toHaveBeenCalled();
    }
  });

  it('leaves it to the loader when the browser cannot tell, or the question fails', async () => {
    const start = vi.fn();
    await startOrgFileWorkerEarly('#/search', start, () => Promise.resolve(undefined));
    await startOrgFileWorkerEarly('#/search', start, () => Promise.reject(new Error('no')));
    expect(start).not.toHaveBeenCalled();
  });
});
