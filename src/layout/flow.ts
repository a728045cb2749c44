/**
 * Laid-out scene → React Flow nodes and edges. Every node gets its width, height and handles
 * up front: React Flow then skips measuring, which is what lets `onlyRenderVisibleElements`
 * draw 10k nodes in under a second (PRODUCT §4). `measured` too: without it React Flow's
 * ResizeObserver re-measures each node as it mounts (DOM reads of the node and its handles, then
 * a pass over every node), 0.7 s when expand all mounted a few hundred cards.
 */
import type { Edge, Node } from '@xyflow/react';
import { Position } from '@xyflow/react';
import { isAway, type OrgIndex } from '../domain/orgIndex';
import { localize } from '../domain/text';
import type { LocalizedText } from '../domain/types';
import { childrenIn, type OrgTree } from './orgTree';
import { CARD_H, CARD_W, GROUP_H, type CardRole, type Scene } from './scene';
import type { Direction } from './types';

export interface PositionCardData extends Record<string, unknown> {
  title: LocalizedText;
  holder: string | undefined;
  /** Extra holders beyond the first (job share). */
  moreHolders: number;
  initials: string;
  unitName: LocalizedText | undefined;
  color: string;
  /** Background of the initials: the unit colour, dark enough for white text. */
  avatar: string;
  /** Direct reports in the data (shown or not). */
  reports: number;
  vacant: boolean;
  away: boolean;
  assistant: boolean;
  role: CardRole;
  expanded: boolean;
  direction: Direction;
}

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
}

const HANDLE = 8;
/**
 * Dotted lines longer than this (layout px) are not drawn: across a 10k chart they span
 * hundreds of thousands of px, and such long dashed paths crash Chromium's rasteriser.
 * The role record still lists every dotted-line relation.
 */
export const MAX_DOTTED_SPAN = 12_000;
const FALLBACK_COLOR = '#64748b';

function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0);
}

/**
 * The unit colour darkened until white initials on it reach 4.6:1 contrast (WCAG AA):
 * unit colours come from the data and may be light.
 */
export function avatarColor(hex: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) return FALLBACK_COLOR;
  let [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  const toHex = () =>
    `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
  for (let i = 0; i < 20 && 1.05 / (luminance(toHex()) + 0.05) < 4.6; i++) {
    r *= 0.9;
    g *= 0.9;
    b *= 0.9;
  }
  return toHex();
}

export function initialsOf(name: string | undefined): string {
  if (!name) return '';
  const words = name.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** Target handle on the side facing the manager, source handle on the side facing reports. */
export function handlesFor(
  width: number,
  height: number,
  direction: Direction,
  withAssist: boolean,
) {
  const down = direction === 'DOWN';
  const handles: NonNullable<Node['handles']> = [
    down
      ? { id: 't', type: 'target', position: Position.Top, x: width / 2 - HANDLE / 2, y: 0 }
      : { id: 't', type: 'target', position: Position.Left, x: 0, y: height / 2 - HANDLE / 2 },
    down
      ? {
          id: 's',
          type: 'source',
          position: Position.Bottom,
          x: width / 2 - HANDLE / 2,
          y: height - HANDLE,
        }
      : {
          id: 's',
          type: 'source',
          position: Position.Right,
          x: width - HANDLE,
          y: height / 2 - HANDLE / 2,
        },
  ];
  if (withAssist) {
    handles.push(
      {
        id: 'sa',
        type: 'source',
        position: Position.Bottom,
        x: down ? width / 2 - HANDLE / 2 : 16,
        y: height - HANDLE,
      },
      { id: 'ta', type: 'target', position: Position.Left, x: 0, y: height / 2 - HANDLE / 2 },
    );
  }
  return handles.map((h) => ({ ...h, width: HANDLE, height: HANDLE }));
}

export interface FlowOptions {
  language: string;
  today: string;
  expanded: ReadonlySet<string>;
  showDotted: boolean;
  /** Spoken for a card without a holder. */
  vacantLabel: string;
}

/** Boxes (or dotted-line reports) handled between two checks of the time slice. */
const STEP = 64;

export function toFlow(
  index: OrgIndex,
  tree: OrgTree,
  scene: Scene,
  positions: Record<string, [number, number]>,
  options: FlowOptions,
): ChartFlow {
  const steps = flowSteps(index, tree, scene, positions, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
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
  sliceMs = 8,
): Promise<ChartFlow | undefined> {
  return runSliced(flowSteps(index, tree, scene, positions, options), live, sliceMs);
}

/**
 * Runs `steps` to the end in slices of about `sliceMs`, giving the main thread back in between;
 * `undefined` when `live()` turns false.
 */
export async function runSliced<T>(
  steps: Generator<void, T>,
  live: () => boolean,
  sliceMs = 8,
): Promise<T | undefined> {
  let deadline = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() < deadline) continue;
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!live()) return undefined;
    deadline = performance.now() + sliceMs;
  }
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
  const cardHandles = handlesFor(CARD_W, CARD_H, direction, true);
  const avatars = new Map<string, string>();
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
        id: box.id,
        type: 'block',
        position: { x: at[0], y: at[1] },
        width: box.width,
        height: box.height,
        measured: { width: box.width, height: box.height },
        handles: handlesFor(box.width, box.height, direction, false),
        data: { count: box.cards.length, direction },
        selectable: false,
        focusable: false,
        draggable: false,
        zIndex: 0,
      });
    }
    for (const card of box.cards) {
      const x = at[0] + card.dx;
      const y = at[1] + card.dy;
      if (card.role === 'group') {
        nodes.push({
          id: card.id,
          type: 'group',
          position: { x, y },
          width: CARD_W,
          height: GROUP_H,
          measured: { width: CARD_W, height: GROUP_H },
          handles: handlesFor(CARD_W, GROUP_H, direction, false),
          data: { count: tree.unattached.length, direction },
          selectable: false,
          draggable: false,
          zIndex: 1,
        });
        continue;
      }
      cardAt.set(card.id, { x, y });
      const position = index.positionById.get(card.id);
      const holders = (position?.holders ?? [])
        .map((h) => index.personById.get(h))
        .filter((p) => p !== undefined);
      const first = holders[0];
      const unit = position?.unitId !== undefined ? index.unitById.get(position.unitId) : undefined;
      const color = unit?.color ?? FALLBACK_COLOR;
      let avatar = avatars.get(color);
      if (avatar === undefined) avatars.set(color, (avatar = avatarColor(color)));
      nodes.push({
        id: card.id,
        type: 'position',
        position: { x, y },
        width: CARD_W,
        height: CARD_H,
        measured: { width: CARD_W, height: CARD_H },
        handles: cardHandles,
        data: {
          title: position?.title ?? card.id,
          holder: first?.name,
          moreHolders: Math.max(0, holders.length - 1),
          initials: initialsOf(first?.name),
          unitName: unit?.name,
          color,
          avatar,
          reports: childrenIn(tree, card.id).length,
          vacant: holders.length === 0,
          away: first !== undefined && isAway(first, options.today),
          assistant: position?.assistant === true,
          role: card.role,
          expanded: options.expanded.has(card.id),
          direction,
        },
        draggable: false,
        zIndex: 1,
        ariaLabel: `${localize(position?.title ?? card.id, options.language)}, ${first?.name ?? options.vacantLabel}`,
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
          type: 'default',
          className: 'wf-edge wf-edge--dotted',
          selectable: false,
          focusable: false,
          zIndex: 2,
        });
      }
    }
  }
  return { nodes, edges, bounds: { width: maxX, height: maxY } };
}
