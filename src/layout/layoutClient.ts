/**
 * `layoutOrg(request)`: the one typed async entry to layout. Runs in a Web Worker; when the
 * worker cannot start (old browser, CSP, test environment) it runs elkjs on the main thread.
 */
import { runLayout, type ElkLike } from './runLayout';
import type { LayoutRequest, LayoutResult } from './types';
import type { WorkerRequest, WorkerResponse } from './layout.worker';

interface Pending {
  resolve: (result: LayoutResult) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, Pending>();
let mainElk: Promise<ElkLike> | undefined;

export class LayoutCancelled extends Error {
  constructor() {
    super('layout cancelled');
    this.name = 'LayoutCancelled';
  }
}

function failAll(error: Error) {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

function startWorker(): Worker | undefined {
  if (worker || workerBroken) return worker;
  try {
    if (typeof Worker === 'undefined') throw new Error('no Worker');
    const w = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const p = pending.get(event.data.id);
      if (!p) return;
      pending.delete(event.data.id);
      if ('error' in event.data) p.reject(new Error(event.data.error));
      else p.resolve(event.data.result);
    };
    w.onerror = () => {
      // The worker failed to load or crashed: finish the waiting calls on the main thread.
      workerBroken = true;
      worker = undefined;
      w.terminate();
      const waiting = [...pending.entries()];
      pending.clear();
      for (const [, p] of waiting) p.reject(new Error('worker failed'));
    };
    worker = w;
  } catch {
    workerBroken = true;
  }
  return worker;
}

function layoutOnMainThread(request: LayoutRequest): Promise<LayoutResult> {
  mainElk ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default() as unknown as ElkLike);
  return runLayout(request, () => mainElk as Promise<ElkLike>);
}

/** Lays out the boxes; in the worker when it can, else on the main thread. */
export async function layoutOrg(request: LayoutRequest): Promise<LayoutResult> {
  const w = startWorker();
  if (!w) return layoutOnMainThread(request);
  const id = nextId++;
  const message: WorkerRequest = { id, request };
  try {
    return await new Promise<LayoutResult>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      w.postMessage(message);
    });
  } catch (error) {
    if (error instanceof LayoutCancelled) throw error;
    if (workerBroken) return layoutOnMainThread(request);
    throw error;
  }
}

/** Stops every layout in progress (expand all → Cancel); the next call starts a fresh worker. */
export function cancelLayouts(): void {
  if (worker) {
    worker.terminate();
    worker = undefined;
  }
  failAll(new LayoutCancelled());
}

/** Loads elkjs and compiles its hot paths before the user needs a layout. */
export function warmLayout(): void {
  void layoutOrg({
    boxes: [
      { id: 'a', width: 10, height: 10, children: ['b'] },
      { id: 'b', width: 10, height: 10, children: [] },
    ],
    roots: ['a'],
    direction: 'DOWN',
    engine: 'elk',
  }).catch(() => undefined);
}

/** For tests: forget the worker so the next call decides again. */
export function resetLayoutClient(options: { forceMainThread?: boolean } = {}): void {
  cancelLayouts();
  workerBroken = options.forceMainThread ?? false;
}
