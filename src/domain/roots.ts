/**
 * "Several roots": one tree per organisation is expected (format v2's `orgId`; positions
 * without one form one organisation together), so a top position is a problem only when
 * another top shares its organisation. A file of 150 departments has 150 tops and no warning.
 * The one home of this rule: validation's `several-roots` and the chart's warning both use it.
 */
export interface TopPosition {
  id: string;
  orgId?: string | undefined;
}

/** The tops that share their organisation with another top, in the order given. */
export function rootsSharingAnOrganisation(tops: readonly TopPosition[]): string[] {
  const byOrg = new Map<string, string[]>();
  for (const top of tops) {
    const key = top.orgId ?? '';
    const list = byOrg.get(key);
    if (list) list.push(top.id);
    else byOrg.set(key, [top.id]);
  }
  const shared = new Set<string>();
  for (const ids of byOrg.values()) if (ids.length > 1) for (const id of ids) shared.add(id);
  const out: string[] = [];
  for (const top of tops) if (shared.has(top.id)) out.push(top.id);
  return out;
}
