/** Cache key of a layout: data version, direction and the effectively open positions. */
import type { Direction } from './types';

/** FNV-1a, 32 bits, as 8 hex digits: short keys for long expanded sets. */
export function fnv1a(text: string, seed = 0x811c9dc5): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function layoutKey(
  dataHash: string,
  direction: Direction,
  openIds: readonly string[],
): string {
  const joined = openIds.join('\n');
  // Two different seeds: 64 bits make an accidental collision negligible.
  return `${dataHash}:${direction}:${openIds.length}:${fnv1a(joined)}${fnv1a(joined, 0x01234567)}`;
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
