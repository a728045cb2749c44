/**
 * The files the current data was imported from, side by side (issue "Real HR exports", item 5):
 * one department's or one company's file after another, each a source scoped to the
 * organisations it holds. Kept with each stored version (its history record), so a restore
 * brings back the sources of the version restored. Pure.
 */

export interface SourceOrganisation {
  id: string;
  name: string;
}

export interface FileSource {
  fileName: string;
  /** `people`: a people or posts list; `headcount`: a junior-staff file under stored posts; `org`: an org file. */
  kind: 'people' | 'headcount' | 'org';
  /** The organisations of the file (its organisation column); empty: the file covers no one organisation. */
  organisations: SourceOrganisation[];
  /** Rows (or records) read from the file. */
  rows: number;
  setAside: number;
  /** `replace`: the file is the whole data now (start mode, an org file); `merge`: laid over it. */
  scope: 'replace' | 'merge';
  /** ISO date-time the version was stored. */
  importedAt: string;
}

const overlaps = (a: FileSource, ids: ReadonlySet<string>) =>
  a.organisations.some((o) => ids.has(o.id));

/**
 * The sources after `incoming` is applied over data imported from `previous`: a file replaces
 * the earlier source of the same kind for its organisations (an organisation the earlier file
 * also held elsewhere stays listed under it); a file without organisations laid over the data
 * replaces the earlier such files; the whole-data kinds replace everything.
 */
export function nextSources(previous: readonly FileSource[], incoming: FileSource): FileSource[] {
  if (incoming.scope === 'replace') return [incoming];
  const ids = new Set(incoming.organisations.map((o) => o.id));
  const kept: FileSource[] = [];
  for (const s of previous) {
    if (s.kind !== incoming.kind && !(s.kind === 'org' && incoming.kind === 'people')) {
      kept.push(s);
      continue;
    }
    if (ids.size === 0) {
      if (s.organisations.length > 0) kept.push(s);
      continue;
    }
    if (!overlaps(s, ids)) {
      kept.push(s);
      continue;
    }
    const rest = s.organisations.filter((o) => !ids.has(o.id));
    if (rest.length > 0) kept.push({ ...s, organisations: rest });
  }
  return [...kept, incoming];
}

/** A stored `sources` value read back (older versions have none; anything malformed is dropped). */
export function readSources(value: unknown): FileSource[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(
    (s): s is FileSource =>
      typeof s === 'object' &&
      s !== null &&
      typeof (s as FileSource).fileName === 'string' &&
      Array.isArray((s as FileSource).organisations) &&
      typeof (s as FileSource).rows === 'number',
  );
}
