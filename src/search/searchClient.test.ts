import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSearchClient } from './searchClient';
import { fixtureOrg } from './testFixture';

afterEach(() => vi.unstubAllGlobals());

describe('search client', () => {
  it('answers on the main thread when there is no Worker (jsdom)', async () => {
    const client = createSearchClient();
    expect(client.mode).toBe('main');
    const info = await client.load(fixtureOrg);
    expect(info.size).toBe(20);
    const result = await client.query('payrol');
    expect(result.hits[0]).toMatchObject({ kind: 'topic', id: 't-payslip' });
  });

  it('answers an empty result before any data is loaded', async () => {
    const client = createSearchClient({ useWorker: false });
    expect((await client.query('payroll')).hits).toEqual([]);
  });

  it('falls back to the main thread when the worker fails, replaying pending calls', async () => {
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
    const loaded = client.load(fixtureOrg);
    const answered = client.query('laptop broken');
    await expect(loaded).resolves.toMatchObject({ size: 20 });
    expect((await answered).hits[0]).toMatchObject({ id: 't-laptop' });
    expect(client.mode).toBe('main');
    expect((await client.query('conges')).hits[0]).toMatchObject({ id: 't-leave' });
    expect(workers).toHaveLength(1);
  });
});
