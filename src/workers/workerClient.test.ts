import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Handler, type HandlerContext, transferring } from './protocol';
import { ChannelWorker } from './channelWorker';
import { createWorkerClient } from './workerClient';

class StaleError extends Error {
  code = 'STALE';
  actual = 7;
  constructor() {
    super('another version is current');
    this.name = 'StaleError';
  }
}

/** Handlers as a real worker file would serve them. */
const handlers = {
  double: ((n: number) => n * 2) as Handler<number, number>,
  count: (async (to: number, { emit }: HandlerContext<{ step: number }>) => {
    for (let step = 1; step <= to; step++) emit({ step });
    await Promise.resolve();
    return 'counted';
  }) as Handler<number, string, { step: number }>,
  stale: (() => {
    throw new StaleError();
  }) as Handler<void, never>,
  buffer: ((size: number) => {
    const bytes = new Uint8Array(size).fill(1);
    return transferring(bytes, [bytes.buffer]);
  }) as Handler<number, ReturnType<typeof transferring<Uint8Array>>>,
};

let started = 0;
let sentBuffers: (Uint8Array | undefined)[] = [];

/** The handlers above in a worker over a real MessageChannel; counts starts, keeps buffers sent. */
class HandlersWorker extends ChannelWorker {
  constructor() {
    started++;
    super(handlers, (message) => {
      const value = (message as { value?: unknown }).value;
      if (value instanceof Uint8Array) sentBuffers.push(value);
    });
  }
}

/** A worker whose script never loads: it reports an error once something is posted. */
class BrokenWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  constructor() {
    started++;
  }
  postMessage() {
    setTimeout(() => this.onerror?.({ preventDefault() {} }), 5);
  }
  terminate() {}
}

const client = (worker: new () => unknown, fallback = vi.fn(() => handlers)) => {
  vi.stubGlobal('Worker', worker);
  return {
    fallback,
    c: createWorkerClient<typeof handlers>({
      start: () => new Worker('x'),
      fallback,
    }),
  };
};

afterEach(() => {
  vi.unstubAllGlobals();
  started = 0;
  sentBuffers = [];
});

describe('the one worker client', () => {
  it('calls a handler in the worker: result, events in order, errors with their fields', async () => {
    const { c, fallback } = client(HandlersWorker);
    expect(c.mode).toBe('worker');
    expect(await c.call('double', 21)).toBe(42);
    const steps: number[] = [];
    expect(await c.call('count', 3, { onEvent: (e) => steps.push(e.step) })).toBe('counted');
    expect(steps).toEqual([1, 2, 3]);
    const error = await c.call('stale', undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'StaleError', code: 'STALE', actual: 7 });
    expect((error as Error).message).toBe('another version is current');
    expect(started).toBe(1);
    expect(fallback).not.toHaveBeenCalled();
  });

  it('moves a result marked transferring (the buffer is detached in the worker)', async () => {
    const { c } = client(HandlersWorker);
    const bytes = await c.call('buffer', 1024);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes.length).toBe(1024);
    expect(bytes[1023]).toBe(1);
    expect(sentBuffers[0]?.byteLength).toBe(0);
  });

  it('runs the same handlers on the page when there is no Worker, events included', async () => {
    const fallback = vi.fn(() => handlers);
    const c = createWorkerClient<typeof handlers>({ start: () => new Worker('x'), fallback });
    expect(c.mode).toBe('main');
    const steps: number[] = [];
    expect(await c.call('count', 2, { onEvent: (e) => steps.push(e.step) })).toBe('counted');
    expect(steps).toEqual([1, 2]);
    expect(await c.call('buffer', 4)).toEqual(new Uint8Array(4).fill(1));
    await expect(c.call('stale', undefined)).rejects.toBeInstanceOf(StaleError);
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it('falls back when the worker cannot start or fails, replaying the waiting calls in order', async () => {
    const throwing = createWorkerClient<typeof handlers>({
      start: () => {
        throw new Error('blocked by CSP');
      },
      fallback: () => handlers,
    });
    vi.stubGlobal('Worker', HandlersWorker);
    expect(await throwing.call('double', 2)).toBe(4);
    expect(throwing.mode).toBe('main');

    const { c, fallback } = client(BrokenWorker);
    const order: string[] = [];
    const a = c.call('double', 1).then((v) => order.push(`a${v}`));
    const b = c.call('count', 1).then((v) => order.push(`b${v}`));
    await Promise.all([a, b]);
    expect(order).toEqual(['a2', 'bcounted']);
    expect(c.mode).toBe('main');
    expect(await c.call('double', 5)).toBe(10);
    expect(started).toBe(1);
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it('terminate rejects the calls waiting on the worker with the reason; the next call starts a new one', async () => {
    const { c } = client(HandlersWorker);
    const waiting = c.call('count', 1000);
    const reason = new Error('cancelled');
    c.terminate(reason);
    await expect(waiting).rejects.toBe(reason);
    expect(await c.call('double', 3)).toBe(6);
    expect(started).toBe(2);
  });

  it('an unknown handler name is an error, not a hang', async () => {
    const { c } = client(HandlersWorker);
    await expect(c.call('nope' as 'double', 1)).rejects.toThrow('no handler "nope"');
  });
});
