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
