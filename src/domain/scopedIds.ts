/**
 * `idScope: "organisation"` (format 2): a file that holds several organisations may reuse an id
 * in each of them (public organograms number posts per department). On reading, every record
 * with `orgId: o` gets the id `o:<id>`, and its references are read inside `o`; a reference
 * already written `o2:<id>`, with `o2` a declared organisation, is kept (a post reporting to
 * another organisation's post). Records without `orgId` keep their ids. The result has unique
 * ids in the whole file and no `idScope`, so the app (and its export) never deals with scopes.
 *
 * Works on raw JSON before the schema, and never changes its input.
 */
import type { JsonObject } from './migrations/types';

type Refs = { single: readonly string[]; lists: readonly string[] };

/** Which fields of each list hold references (and to what they are resolved inside). */
const REFERENCES: Record<string, Refs> = {
  units: { single: ['parentId'], lists: [] },
  positions: { single: ['unitId', 'reportsTo', 'backupId'], lists: ['dottedLineTo', 'holders'] },
  people: { single: [], lists: [] },
  topics: { single: ['unitId'], lists: [] },
};

const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function qualifyScopedIds(file: JsonObject): JsonObject {
  if (file.idScope !== 'organisation') return file;
  const orgIds = new Set<string>();
  if (Array.isArray(file.organisations)) {
    for (const o of file.organisations as unknown[]) {
      if (isObject(o) && typeof o.id === 'string') orgIds.add(o.id);
    }
  }
  const qualify = (org: string, ref: unknown): unknown => {
    if (typeof ref !== 'string') return ref;
    const colon = ref.indexOf(':');
    if (colon > 0 && orgIds.has(ref.slice(0, colon))) return ref;
    return `${org}:${ref}`;
  };
  const out: JsonObject = { ...file };
  delete out.idScope;
  for (const [kind, refs] of Object.entries(REFERENCES)) {
    const list = file[kind];
    if (!Array.isArray(list)) continue;
    out[kind] = (list as unknown[]).map((record) => {
      if (!isObject(record) || typeof record.orgId !== 'string') return record;
      const org = record.orgId;
      const copy: JsonObject = { ...record, id: qualify(org, record.id) };
      if (typeof record.id === 'string' && record.id.startsWith(`${org}:`)) copy.id = record.id;
      for (const field of refs.single) {
        if (field in record) copy[field] = qualify(org, record[field]);
      }
      for (const field of refs.lists) {
        const value = record[field];
        if (Array.isArray(value)) copy[field] = value.map((ref: unknown) => qualify(org, ref));
      }
      if (kind === 'positions' && Array.isArray(record.responsibilities)) {
        copy.responsibilities = (record.responsibilities as unknown[]).map((r) =>
          isObject(r) && 'topicId' in r ? { ...r, topicId: qualify(org, r.topicId) } : r,
        );
      }
      if (kind === 'topics' && isObject(record.responsibleChannel)) {
        const channel = record.responsibleChannel;
        if ('unitId' in channel) {
          copy.responsibleChannel = { ...channel, unitId: qualify(org, channel.unitId) };
        }
      }
      return copy;
    });
  }
  return out;
}
