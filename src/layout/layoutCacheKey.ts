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
