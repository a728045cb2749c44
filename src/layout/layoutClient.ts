/**
 * `layoutOrg(request)`: the one typed async entry to layout. Runs in a Web Worker through the
 * app's one worker client (`src/workers/`); when the worker cannot start (old browser, CSP, test
 * environment) the same handler runs elkjs on the main thread.
 */
import { createWorkerClient } from '../workers/workerClient';
import { layoutHandlers, type LayoutHandlers } from './layoutHandlers';
import type { ElkLike } from './runLayout';
import type { LayoutRequest, LayoutResult } from './types';

export class LayoutCancelled extends Error {
  constructor() {
    super('layout cancelled');
    this.name = 'LayoutCancelled';
  }
}

let mainElk: Promise<ElkLike> | undefined;
const elkOnPage = () =>
  (mainElk ??= import('elkjs/lib/elk.bundled.js').then(
    (m) => new m.default() as unknown as ElkLike,
  ));

const createClient = (useWorker: boolean) =>
  createWorkerClient<LayoutHandlers>({
    start: () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }),
    fallback: () => layoutHandlers(elkOnPage),
    useWorker,
  });

let client = createClient(true);

/** Lays out the boxes; in the worker when it can, else on the main thread. */
export function layoutOrg(request: LayoutRequest): Promise<LayoutResult> {
  return client.call('layout', request);
}

/** Stops every layout in progress (expand all → Cancel); the next call starts a fresh worker. */
export function cancelLayouts(): void {
  client.terminate(new LayoutCancelled());
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
  client = createClient(options.forceMainThread !== true);
}
