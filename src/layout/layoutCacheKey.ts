/** Cache key of a layout: layout settings, data version, direction and the open positions. */
import { fnv1a } from '../domain/fnv1a';
import { CARD_H, CARD_W, GROUP_H } from '../features/chart/card/geometry';
import { ELK_MAX_BOXES, ELK_OPTIONS, LEVEL_GAP, SIBLING_GAP } from './engines';
import type { Direction } from './types';

/**
 * What a layout is computed with besides the data: the engines' spacing and limits, ELK's
 * options and the card sizes. Part of every key, so a changed gap or card size can never be
 * answered with a layout cached under the old one.
 */
export function layoutSettingsHash(settings: Readonly<Record<string, unknown>>): string {
  return fnv1a(JSON.stringify(settings));
}

const LAYOUT_SETTINGS_HASH = layoutSettingsHash({
  LEVEL_GAP,
  SIBLING_GAP,
  ELK_MAX_BOXES,
  ELK_OPTIONS,
  CARD_W,
  CARD_H,
  GROUP_H,
});

export function layoutKey(
  dataHash: string,
  direction: Direction,
  openIds: readonly string[],
): string {
  const joined = openIds.join('\n');
  // Two different seeds: 64 bits make an accidental collision negligible.
  return `${LAYOUT_SETTINGS_HASH}:${dataHash}:${direction}:${openIds.length}:${fnv1a(joined)}${fnv1a(joined, 0x01234567)}`;
}

const structureHashes = new WeakMap<object, string>();

/**
 * What a layout depends on in the data: ids, managers and assistant flags (card sizes are
 * fixed). Text edits keep the hash, so cached layouts survive them.
 */
export function structureHash(
  positions: readonly {
    id: string;
    reportsTo?: string | undefined;
    assistant?: boolean | undefined;
  }[],
): string {
  let hash = structureHashes.get(positions);
  if (hash === undefined) {
    const parts: string[] = [];
    for (const p of positions) parts.push(`${p.id}>${p.reportsTo ?? ''}${p.assistant ? '*' : ''}`);
    const text = parts.join('\n');
    hash = `${positions.length}-${fnv1a(text)}${fnv1a(text, 0x01234567)}`;
    structureHashes.set(positions, hash);
  }
  return hash;
}
