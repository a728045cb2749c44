/** Builds `#/<page>?a=1&b=2` from filter values, dropping empty ones, so filtered views can be shared. */
export function queryHref(page: string, values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `#/${page}?${query}` : `#/${page}`;
}
