/// <reference lib="webworker" />
/** Layout worker: keeps elkjs (1.6 MB, seconds of CPU on big charts) off the main thread. */
import ELK from 'elkjs/lib/elk.bundled.js';
import { runLayout } from './runLayout';
import type { LayoutRequest } from './types';

export interface WorkerRequest {
  id: number;
  request: LayoutRequest;
}
export type WorkerResponse =
  { id: number; result: Awaited<ReturnType<typeof runLayout>> } | { id: number; error: string };

const elk = new ELK();
const scope = self as unknown as DedicatedWorkerGlobalScope;

// elk.bundled.js installs its own onmessage in a worker scope; ours replaces it.
scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, request } = event.data;
  try {
    const result = await runLayout(request, () => Promise.resolve(elk));
    scope.postMessage({ id, result } satisfies WorkerResponse);
  } catch (error) {
    scope.postMessage({ id, error: String(error) } satisfies WorkerResponse);
  }
};
