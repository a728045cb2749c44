/** Runs one layout request with the engine it asks for; shared by the worker and the fallback. */
import type { ElkNode } from 'elkjs/lib/elk-api';
import { ELK_MAX_BOXES, fromElkGraph, tidyLayout, toElkGraph } from './engines';
import type { LayoutRequest, LayoutResult } from './types';

export interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>;
}

export async function runLayout(
  request: LayoutRequest,
  getElk: () => Promise<ElkLike>,
): Promise<LayoutResult> {
  const started = performance.now();
  const engine = request.engine ?? 'auto';
  const useElk = engine === 'elk' || (engine === 'auto' && request.boxes.length <= ELK_MAX_BOXES);
  if (useElk) {
    try {
      const elk = await getElk();
      const laidOut = await elk.layout(toElkGraph(request));
      return {
        positions: fromElkGraph(request, laidOut),
        engine: 'elk',
        ms: performance.now() - started,
      };
    } catch (error) {
      // ELK can overflow its stack on very big graphs: the tidy tree always works.
      if (engine === 'elk') throw error;
    }
  }
  return { positions: tidyLayout(request), engine: 'tidy', ms: performance.now() - started };
}
