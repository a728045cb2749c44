/**
 * The generated org file as the peer pages see it: fetched from `?org=` like Wayfinder's
 * first visit, no validation, no storage (the peers have neither). Plain types, no Wayfinder
 * code, so a peer page costs what a page built on that library alone would.
 */
type Text = string | Record<string, string>;

interface OrgFile {
  units: { id: string; name: Text; parentId?: string }[];
  positions: { id: string; title: Text; unitId: string; reportsTo?: string; holders?: string[] }[];
  people: { id: string; name: string; email?: string; location?: Text }[];
  topics: { id: string; name: Text; description?: Text; keywords?: unknown }[];
}

/** One searchable record: what a result row shows and the text it is found by. */
export interface PeerDoc {
  /** `kind:id`: ids are unique per kind only. */
  id: string;
  kind: 'topic' | 'person' | 'position' | 'unit';
  title: string;
  subtitle: string;
  text: string;
}

export const en = (t: Text | undefined): string =>
  t === undefined ? '' : typeof t === 'string' ? t : (t.en ?? Object.values(t)[0] ?? '');

const words = (v: unknown): string =>
  Array.isArray(v)
    ? v.map(words).join(' ')
    : typeof v === 'object' && v
      ? Object.values(v).map(words).join(' ')
      : typeof v === 'string'
        ? v
        : '';

export async function loadOrg(): Promise<OrgFile> {
  const url = new URLSearchParams(location.search).get('org') ?? 'bench/org-1k.json';
  return (await (await fetch(url)).json()) as OrgFile;
}

/** The same four kinds of records Wayfinder answers with, as flat documents. */
export function toDocs(org: OrgFile): PeerDoc[] {
  const units = new Map(org.units.map((u) => [u.id, en(u.name)]));
  const seatOf = new Map<string, (typeof org.positions)[number]>();
  for (const p of org.positions) for (const h of p.holders ?? []) seatOf.set(h, p);
  const docs: PeerDoc[] = [];
  for (const t of org.topics) {
    const title = en(t.name);
    docs.push({
      id: `topic:${t.id}`,
      kind: 'topic',
      title,
      subtitle: en(t.description),
      text: `${title} ${words(t.keywords)}`,
    });
  }
  for (const p of org.people) {
    const seat = seatOf.get(p.id);
    const subtitle = seat ? `${en(seat.title)} · ${units.get(seat.unitId) ?? ''}` : '';
    docs.push({
      id: `person:${p.id}`,
      kind: 'person',
      title: p.name,
      subtitle,
      text: `${p.name} ${subtitle} ${p.email ?? ''}`,
    });
  }
  for (const p of org.positions) {
    const title = en(p.title);
    const subtitle = units.get(p.unitId) ?? '';
    docs.push({
      id: `position:${p.id}`,
      kind: 'position',
      title,
      subtitle,
      text: `${title} ${subtitle}`,
    });
  }
  for (const u of org.units) {
    const title = en(u.name);
    docs.push({ id: `unit:${u.id}`, kind: 'unit', title, subtitle: '', text: title });
  }
  return docs;
}
