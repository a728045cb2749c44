/**
 * Laid-out scene → React Flow nodes and edges. Every node gets its width, height and handles
 * up front: React Flow then skips measuring, which is what lets `onlyRenderVisibleElements`
 * draw 10k nodes in under a second (PRODUCT §4). `measured` too: without it React Flow's
 * ResizeObserver re-measures each node as it mounts (DOM reads of the node and its handles, then
 * a pass over every node), 0.7 s when expand all mounted a few hundred cards.
 */
import type { Edge, Node } from '@xyflow/react';
import type { OrgIndex } from '../domain/orgIndex';
import { localize } from '../domain/text';
import {
  headcountLine,
  type HeadcountWords,
  positionCardData,
  type PositionCardData,
} from '../features/chart/card/cardData';
import { CARD_H, CARD_W, GROUP_H, handlesFor } from '../features/chart/card/geometry';
import type { OrgTree } from './orgTree';
import type { Scene } from './scene';
import type { Direction } from './types';
import { runSliced, runToEnd, SLICE_MS } from '../domain/steps';

export interface BlockData extends Record<string, unknown> {
  count: number;
  direction: Direction;
}

export interface GroupData extends Record<string, unknown> {
  count: number;
  direction: Direction;
}

export type PositionNode = Node<PositionCardData, 'position'>;
export type BlockNode = Node<BlockData, 'block'>;
export type GroupNode = Node<GroupData, 'group'>;
export type ChartNode = PositionNode | BlockNode | GroupNode;

export interface ChartBounds {
  width: number;
  height: number;
}

export interface ChartFlow {
  nodes: ChartNode[];
  edges: Edge[];
  bounds: ChartBounds;
  /** The open set and direction it was laid out for: the view frames a flow once it is current. */
  expanded: ReadonlySet<string>;
  direction: Direction;
}

/**
 * Dotted lines longer than this (layout px) are not drawn: across a 10k chart they span
 * hundreds of thousands of px, and such long dashed paths crash Chromium's rasteriser.
 * The role record still lists every dotted-line relation.
 */
export const MAX_DOTTED_SPAN = 12_000;
export interface FlowOptions {
  language: string;
  today: string;
  expanded: ReadonlySet<string>;
  showDotted: boolean;
  /** Spoken for a card without a holder. */
  vacantLabel: string;
  /** Spoken for a headcount seat (see `headcountLine`). */
  headcountWords?: HeadcountWords;
}

/** Boxes (or dotted-line reports) handled between two checks of the time slice. */
const STEP = 64;

/** The card's handles for React Flow (`Side` holds the values of its `Position` enum). */
const flowHandles = (...args: Parameters<typeof handlesFor>) =>
  handlesFor(...args) as unknown as NonNullable<Node['handles']>;

/** A node of known size at a fixed place: React Flow neither measures nor drags it. */
function placed(id: string, x: number, y: number, width: number, height: number) {
  return {
    id,
    position: { x, y },
    width,
    height,
    measured: { width, height },
    draggable: false,
  };
}

export function toFlow(
  index: OrgIndex,
  tree: OrgTree,
  scene: Scene,
  positions: Record<string, [number, number]>,
  options: FlowOptions,
): ChartFlow {
  return runToEnd(flowSteps(index, tree, scene, positions, options));
}

/**
 * `toFlow` in slices of about `sliceMs` with the main thread given back in between: at 10k
 * cards the whole build takes several hundred ms, which would freeze the page in one task.
 * Resolves to `undefined` when `live()` turns false (a newer layout arrived).
 */
export async function toFlowSliced(
  index: OrgIndex,
  tree: OrgTree,
  scene: Scene,
  positions: Record<string, [number, number]>,
  options: FlowOptions,
  live: () => boolean,
  sliceMs = SLICE_MS,
): Promise<ChartFlow | undefined> {
  return runSliced(flowSteps(index, tree, scene, positions, options), live, sliceMs);
}

function* flowSteps(
  index: OrgIndex,
  tree: OrgTree,
  scene: Scene,
  positions: Record<string, [number, number]>,
  options: FlowOptions,
): Generator<void, ChartFlow> {
  const { direction } = scene;
  // Same size, direction and handles for every card: one array, and colours repeat per unit.
  const cardHandles = flowHandles(CARD_W, CARD_H, direction, true);
  const data = {
    today: options.today,
    expanded: options.expanded,
    direction,
    avatars: new Map<string, string>(),
  };
  let step = 0;
  const nodes: ChartNode[] = [];
  let maxX = 0;
  let maxY = 0;
  const cardAt = new Map<string, { x: number; y: number }>();
  for (const box of scene.boxes) {
    if (++step % STEP === 0) yield;
    const at = positions[box.id];
    if (!at || box.kind === 'virtual') continue;
    maxX = Math.max(maxX, at[0] + box.width);
    maxY = Math.max(maxY, at[1] + box.height);
    if (box.kind === 'block') {
      nodes.push({
        ...placed(box.id, at[0], at[1], box.width, box.height),
        type: 'block',
        handles: flowHandles(box.width, box.height, direction, false),
        data: { count: box.cards.length, direction },
        selectable: false,
        focusable: false,
        zIndex: 0,
      });
    }
    for (const card of box.cards) {
      const x = at[0] + card.dx;
      const y = at[1] + card.dy;
      if (card.role === 'group') {
        nodes.push({
          ...placed(card.id, x, y, CARD_W, GROUP_H),
          type: 'group',
          handles: flowHandles(CARD_W, GROUP_H, direction, false),
          data: { count: tree.unattached.length, direction },
          selectable: false,
          zIndex: 1,
        });
        continue;
      }
      cardAt.set(card.id, { x, y });
      const shows = positionCardData(index, tree, card.id, card.role, data);
      nodes.push({
        ...placed(card.id, x, y, CARD_W, CARD_H),
        type: 'position',
        handles: cardHandles,
        data: shows,
        zIndex: 1,
        ariaLabel: `${localize(shows.title, options.language)}, ${
          shows.holder ??
          (shows.headcount && options.headcountWords
            ? headcountLine(shows.headcount, options.language, options.headcountWords)
            : options.vacantLabel)
        }`,
      });
    }
  }

  const edges: Edge[] = scene.edges.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    sourceHandle: e.kind === 'assistant' ? 'sa' : 's',
    targetHandle: e.kind === 'assistant' ? 'ta' : 't',
    type: 'org',
    className: e.kind === 'assistant' ? 'wf-edge wf-edge--assistant' : 'wf-edge',
    selectable: false,
    focusable: false,
  }));
  if (options.showDotted) {
    for (const [report, from] of cardAt) {
      if (++step % STEP === 0) yield;
      for (const manager of index.positionById.get(report)?.dottedLineTo ?? []) {
        const to = cardAt.get(manager);
        if (!to || manager === report) continue;
        if (Math.abs(to.x - from.x) + Math.abs(to.y - from.y) > MAX_DOTTED_SPAN) continue;
        edges.push({
          id: `d:${report}>${manager}`,
          source: manager,
          target: report,
          sourceHandle: 's',
          targetHandle: 't',
          type: 'dotted',
          className: 'wf-edge wf-edge--dotted',
          selectable: false,
          focusable: false,
          zIndex: 2,
        });
      }
    }
  }
  return {
    nodes,
    edges,
    bounds: { width: maxX, height: maxY },
    expanded: options.expanded,
    direction,
  };
}
