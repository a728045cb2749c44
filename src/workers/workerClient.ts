/**
 * The page side of `protocol.ts`: one typed client over a map of named handlers, for every
 * worker of the app (search, layout, import, publish). `call('build', input)` posts to the
 * worker and resolves with the handler's result; events (progress, slices) reach `onEvent`.
 *
 * The fallback lives here once: when workers are missing (tests, an old browser, a CSP that
 * blocks the script) or the worker fails to load or crashes, the same handlers run on the page,
 * and the calls that were waiting on the worker are replayed there in order. A call always
 * settles asynchronously, so callers behave the same either way.
 */
import {
  type CallMessage,
  type EventOf,
  fromWireError,
  type Handlers,
  type InputOf,
  type OutputOf,
  type ReplyMessage,
  Transferring,
} from './protocol';

export interface WorkerClientOptions<H extends Handlers> {
  /** Starts the worker: `new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })`. */
  start: () => Worker;
  /** The same handlers on the page; loaded only when no worker can run. */
  fallback: () => H | Promise<H>;
  /** False: run on the page from the first call. */
  useWorker?: boolean;
}

export interface CallOptions<E> {
  onEvent?: (event: E) => void;
  /** Buffers in `input` moved to the worker rather than copied (when the call runs there). */
  transfer?: Transferable[];
}

export interface WorkerClient<H extends Handlers> {
  call<K extends keyof H & string>(
    name: K,
    input: InputOf<H[K]>,
    options?: CallOptions<EventOf<H[K]>>,
  ): Promise<OutputOf<H[K]>>;
  /**
   * Stops the worker: calls waiting on it reject with `reason`; the next call starts a new one.
   * (Work already running on the page after a fallback cannot be stopped.)
   */
  terminate(reason?: Error): void;
  /** Where calls run: 'worker', or 'main' (no workers, or after a fallback). */
  readonly mode: 'worker' | 'main';
  /** Starts the worker now, so its script loads and compiles before the first call needs it. */
  start(): void;
}

interface Pending {
  name: string;
  input: unknown;
  onEvent: ((event: never) => void) | undefined;
  resolve: (value: never) => void;
  reject: (error: unknown) => void;
}

/** Yields a task so the page can paint (a progress bar) before page-side work blocks it. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createWorkerClient<H extends Handlers>(
  options: WorkerClientOptions<H>,
): WorkerClient<H> {
  let useWorker = options.useWorker !== false && typeof Worker !== 'undefined';
  /** Started on the first call that needs it (a search answered from the cache needs none). */
  let worker: Worker | undefined;
  let nextId = 1;
  /** Calls waiting on the worker, in call order (a Map keeps insertion order). */
  const pending = new Map<number, Pending>();
  let local: Promise<H> | undefined;

  const runHere = async (p: Pending): Promise<void> => {
    await nextTask();
    try {
      local ??= Promise.resolve().then(options.fallback);
      const handlers = await local;
      const handler = handlers[p.name];
      if (!handler) throw new Error(`no handler "${p.name}"`);
      const value = await handler(p.input as never, {
        emit: (event) => p.onEvent?.(event as never),
      });
      p.resolve((value instanceof Transferring ? value.value : value) as never);
    } catch (error) {
      p.reject(error);
    }
  };

  const fallBack = () => {
    useWorker = false;
    worker?.terminate();
    worker = undefined;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) void runHere(p);
  };

  const getWorker = (): Worker | undefined => {
    if (worker || !useWorker) return worker;
    try {
      worker = options.start();
    } catch {
      useWorker = false;
      return undefined;
    }
    worker.onmessage = (event: MessageEvent<ReplyMessage>) => {
      const reply = event.data;
      const p = pending.get(reply.id);
      if (!p) return;
      if (reply.kind === 'event') {
        p.onEvent?.(reply.event as never);
        return;
      }
      pending.delete(reply.id);
      if (reply.kind === 'result') p.resolve(reply.value as never);
      else p.reject(fromWireError(reply.error));
    };
    // The script failed to load or the worker crashed: this call and the later ones run here.
    worker.onerror = (event) => {
      event.preventDefault();
      fallBack();
    };
    return worker;
  };

  return {
    call(name, input, callOptions = {}) {
      return new Promise((resolve, reject) => {
        const p: Pending = {
          name,
          input,
          onEvent: callOptions.onEvent,
          resolve: resolve,
          reject,
        };
        const w = getWorker();
        if (!w) {
          void runHere(p);
          return;
        }
        const id = nextId++;
        pending.set(id, p);
        w.postMessage({ id, name, input } satisfies CallMessage, callOptions.transfer ?? []);
      });
    },
    terminate(reason = new Error('worker stopped')) {
      worker?.terminate();
      worker = undefined;
      const waiting = [...pending.values()];
      pending.clear();
      for (const p of waiting) p.reject(reason);
    },
    get mode() {
      return useWorker ? 'worker' : 'main';
    },
    start() {
      getWorker();
    },
  };
}
