/**
 * Scene + positions for the current view, from the fastest source that has them: memory,
 * then IndexedDB (same data version, direction and open set), then the layout worker.
 */
import { readLayout, writeLayout } from '../db/layoutCache';
import type { OrgIndex } from '../domain/orgIndex';
import { ELK_MAX_BOXES, tidyLayout } from './engines';
import { effectiveExpanded } from './expansion';
import { layoutOrg } from './layoutClient';
import { layoutKey } from './layoutCacheKey';
import type { OrgTree } from './orgTree';
import { buildScene, type Scene } from './scene';
import type { Direction, LayoutEngine } from './types';

export interface ChartLayout {
  scene: Scene;
  positions: Record<string, [number, number]>;
  engine: LayoutEngine;
  source: 'memory' | 'disk' | 'computed' | 'preview';
  ms: number;
  /** The open set this layout was made for. */
  expanded: ReadonlySet<string>;
}

const memory = new Map<
  string,
  { positions: Record<string, [number, number]>; engine: LayoutEngine }
>();
const MEMORY_ENTRIES = 30;

function remember(
  key: string,
  value: { positions: Record<string, [number, number]>; engine: LayoutEngine },
) {
  memory.delete(key);
  memory.set(key, value);
  if (memory.size > MEMORY_ENTRIES) memory.delete(memory.keys().next().value as string);
}

export interface ChartLayoutInput {
  index: OrgIndex;
  tree: OrgTree;
  expanded: ReadonlySet<string>;
  direction: Direction;
  dataHash: string;
  /** Skip IndexedDB (tests, or caches not wanted). */
  persist?: boolean;
  /**
   * Called with a tidy-tree layout (well under 5 ms on the main thread) while ELK still runs,
   * so a first view or an expanded team is drawn at once and refined when ELK answers.
   */
  onPreview?: ((layout: ChartLayout) => void) | undefined;
}

export async function computeChartLayout(input: ChartLayoutInput): Promise<ChartLayout> {
  const started = performance.now();
  const { index, tree, expanded, direction, dataHash } = input;
  const scene = buildScene(index, tree, expanded, direction);
  const key = layoutKey(dataHash, direction, effectiveExpanded(tree, expanded));
  const hit = memory.get(key);
  if (hit) {
    remember(key, hit);
    return { scene, ...hit, source: 'memory', ms: performance.now() - started, expanded };
  }
  if (input.onPreview && scene.boxes.length <= ELK_MAX_BOXES) {
    const request = { boxes: scene.boxes, roots: scene.roots, direction };
    input.onPreview({
      scene,
      positions: tidyLayout(request),
      engine: 'tidy',
      source: 'preview',
      ms: performance.now() - started,
      expanded,
    });
    // Let the preview paint before IndexedDB and the worker (elkjs, 1.6 MB) compete for the CPU.
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  const persist = input.persist ?? true;
  if (persist) {
    const stored = await readLayout(key);
    if (stored && scene.boxes.every((b) => b.kind === 'virtual' || stored.positions[b.id])) {
      const value = { positions: stored.positions, engine: stored.engine };
      remember(key, value);
      return { scene, ...value, source: 'disk', ms: performance.now() - started, expanded };
    }
  }
  const result = await layoutOrg({
    boxes: scene.boxes.map(stripCards),
    roots: scene.roots,
    direction,
  });
  const value = { positions: result.positions, engine: result.engine };
  remember(key, value);
  if (persist) void writeLayout({ key, ...value, savedAt: Date.now() });
  return { scene, ...value, source: 'computed', ms: performance.now() - started, expanded };
}

/** The worker only needs sizes and children: fewer bytes to copy across. */
function stripCards(box: Scene['boxes'][number]) {
  return { id: box.id, width: box.width, height: box.height, children: box.children };
}

export function clearMemoryLayouts(): void {
  memory.clear();
}
