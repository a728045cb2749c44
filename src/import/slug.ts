/**
 * Ids made from what a file says: `slug` from names, `toId` from id cells. One home for each, so
 * every builder (and the check of ids used elsewhere) makes the same id from the same cell.
 */

/**
 * Lower-case ASCII words joined by '-', for ids made from names ("Ressources humaines" →
 * "ressources-humaines"); `fallback` when nothing of the name is left (a name of symbols only).
 */
export function slug(text: string, fallback: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || fallback
  );
}

/**
 * A valid record id from an id cell ("E 001" → "E-001", "jane@x.com" → "jane-x.com"); '' when
 * the cell has no letter, digit, '_', '.' or '-'. ':' is replaced too: it is kept for the
 * organisation scope (`<organisation>:<id>`), so a cell can never forge another organisation's
 * id. At most 160 characters, leaving room under the schema's 200 for that scope and `pos-`.
 */
export function toId(raw: string): string {
  const cleaned = raw
    .trim()
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .slice(0, MAX_ID_FROM_CELL);
  if (cleaned === '') return '';
  return /^[A-Za-z0-9]/.test(cleaned) ? cleaned : `x${cleaned}`;
}

export const MAX_ID_FROM_CELL = 160;
