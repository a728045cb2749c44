/**
 * The layout worker's one job, as a handler (`src/workers/`): lay out the boxes with elkjs (or
 * the simple tree engine). The same handler runs on the page when no worker can start.
 */
import { runLayout, type ElkLike } from './runLayout';
import type { LayoutRequest } from './types';

export function layoutHandlers(elk: () => Promise<ElkLike>) {
  return {
    layout: (request: LayoutRequest) => runLayout(request, elk),
  };
}

export type LayoutHandlers = ReturnType<typeof layoutHandlers>;
