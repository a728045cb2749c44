/**
 * The part of the org tree that is expanded, cut into the rectangles the layout engine places.
 * A manager's leaf reports become one block (cards stacked in columns), assistants sit inside
 * their manager's box beside the line down: ELK sees far fewer, bigger nodes.
 */
import type { OrgIndex } from '../domain/orgIndex';
import { CARD_H, CARD_W, GROUP_H } from '../features/chart/card/geometry';
import { childrenIn, type OrgTree } from './orgTree';
import type { Direction, LayoutBox } from './types';

export const GAP = 14;
export const BLOCK_PAD = 12;
/** Id of the header card of the unattached group, and of the invisible top over several roots. */
export const GROUP_ID = 'group:unattached';
export const TOP_ID = 'top:virtual';
export const blockId = (managerId: string) => `block:${managerId}`;

export type CardRole = 'node' | 'assistant' | 'leaf' | 'group';

/** A card inside a box, at an offset from the box's top-left corner. */
export interface SceneCard {
  id: string;
  role: CardRole;
  dx: number;
  dy: number;
}

export interface SceneBox extends LayoutBox {
  kind: 'manager' | 'block' | 'group' | 'virtual';
  cards: SceneCard[];
}

export interface SceneEdge {
  id: string;
  source: string;
  /** A card id, or a block id for a line into a block. */
  target: string;
  kind: 'solid' | 'assistant';
}

export interface Scene {
  boxes: SceneBox[];
  roots: string[];
  edges: SceneEdge[];
  /** Every drawn card id (positions, plus the group header when present). */
  cardCount: number;
  direction: Direction;
}

/** Columns of a leaf block: one column up to 3 cards, then roughly twice as tall as wide. */
export function blockColumns(count: number): number {
  if (count <= 3) return 1;
  return Math.min(6, Math.ceil(Math.sqrt(count / 2)));
}

function blockBox(managerId: string, leaves: readonly string[]): SceneBox {
  const cols = blockColumns(leaves.length);
  const rows = Math.ceil(leaves.length / cols);
  const cards = leaves.map((id, i) => ({
    id,
    role: 'leaf' as const,
    dx: BLOCK_PAD + (i % cols) * (CARD_W + GAP),
    dy: BLOCK_PAD + Math.floor(i / cols) * (CARD_H + GAP),
  }));
  return {
    id: blockId(managerId),
    kind: 'block',
    width: 2 * BLOCK_PAD + cols * CARD_W + (cols - 1) * GAP,
    height: 2 * BLOCK_PAD + rows * CARD_H + (rows - 1) * GAP,
    children: [],
    cards,
  };
}

function managerBox(id: string, assistants: readonly string[], direction: Direction): SceneBox {
  const cards: SceneCard[] = [];
  if (assistants.length === 0) {
    cards.push({ id, role: 'node', dx: 0, dy: 0 });
    return { id, kind: 'manager', width: CARD_W, height: CARD_H, children: [], cards };
  }
  const down = direction === 'DOWN';
  const width = down ? 2 * CARD_W + 4 * GAP : CARD_W + 3 * GAP;
  cards.push({ id, role: 'node', dx: down ? (width - CARD_W) / 2 : 0, dy: 0 });
  assistants.forEach((a, i) => {
    cards.push({
      id: a,
      role: 'assistant',
      dx: down ? width / 2 + 2 * GAP : 3 * GAP,
      dy: CARD_H + 2 * GAP + i * (CARD_H + GAP),
    });
  });
  const height = CARD_H + GAP + assistants.length * (CARD_H + GAP);
  return { id, kind: 'manager', width, height, children: [], cards };
}

function isAssistant(index: OrgIndex, tree: OrgTree, id: string): boolean {
  return index.positionById.get(id)?.assistant === true && childrenIn(tree, id).length === 0;
}

/**
 * Builds the scene for the expanded set. `expanded` holds position ids whose reports are shown;
 * the unattached group is always open. Never recursive: deep chains are fine.
 */
export function buildScene(
  index: OrgIndex,
  tree: OrgTree,
  expanded: ReadonlySet<string>,
  direction: Direction,
): Scene {
  const boxes: SceneBox[] = [];
  const edges: SceneEdge[] = [];
  let cardCount = 0;

  // Each entry: a card whose children are to be laid out, and the box that holds that card.
  const queue: { card: string; box: SceneBox; kids: readonly string[] }[] = [];
  const openManager = (id: string): SceneBox => {
    const kids = expanded.has(id) ? childrenIn(tree, id) : [];
    const assistants = kids.filter((k) => isAssistant(index, tree, k));
    const box = managerBox(id, assistants, direction);
    cardCount += box.cards.length;
    boxes.push(box);
    for (const a of assistants)
      edges.push({ id: `a:${a}`, source: id, target: a, kind: 'assistant' });
    if (kids.length > assistants.length) {
      const skip = new Set(assistants);
      queue.push({ card: id, box, kids: kids.filter((k) => !skip.has(k)) });
    }
    return box;
  };

  const roots: string[] = [];
  const tops: string[] = [];
  for (const id of tree.roots) tops.push(openManager(id).id);
  if (tree.unattached.length > 0) {
    const group: SceneBox = {
      id: GROUP_ID,
      kind: 'group',
      width: CARD_W,
      height: GROUP_H,
      children: [],
      cards: [{ id: GROUP_ID, role: 'group', dx: 0, dy: 0 }],
    };
    cardCount += 1;
    boxes.push(group);
    tops.push(GROUP_ID);
    queue.push({ card: GROUP_ID, box: group, kids: tree.unattached });
  }

  for (let q = 0; q < queue.length; q++) {
    const { card, box, kids } = queue[q] as (typeof queue)[number];
    const leaves = kids.filter((k) => childrenIn(tree, k).length === 0);
    const useBlock = leaves.length >= 2;
    const leafSet = new Set(leaves);
    let blockPlaced = false;
    for (const kid of kids) {
      if (useBlock && leafSet.has(kid)) {
        if (blockPlaced) continue;
        blockPlaced = true;
        const block = blockBox(card, leaves);
        cardCount += block.cards.length;
        boxes.push(block);
        box.children.push(block.id);
        edges.push({ id: `e:${block.id}`, source: card, target: block.id, kind: 'solid' });
        continue;
      }
      const child = openManager(kid);
      box.children.push(child.id);
      edges.push({ id: `e:${kid}`, source: card, target: kid, kind: 'solid' });
    }
  }

  if (tops.length > 1) {
    boxes.push({ id: TOP_ID, kind: 'virtual', width: 1, height: 1, children: tops, cards: [] });
    roots.push(TOP_ID);
  } else roots.push(...tops);
  return { boxes, roots, edges, cardCount, direction };
}
