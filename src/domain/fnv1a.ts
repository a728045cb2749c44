/**
 * FNV-1a, 32 bits, as 8 hex digits: a short, stable, fast name for a text (cache keys of search
 * indexes and chart layouts). Not a security hash: stored data versions use SHA-256 (src/db/hash.ts).
 */
export function fnv1a(text: string, seed = 0x811c9dc5): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
