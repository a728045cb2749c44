/**
 * A loose, read-only view of the raw input for the referential checks. It reads only id-like
 * fields and tolerates anything (records with schema errors are still checked for references,
 * so a file shows all its problems at once).
 */
import { isRecord } from './describe';

export type Kind = 'units' | 'positions' | 'people' | 'topics' | 'organisations';
export const KINDS: readonly Kind[] = ['units', 'positions', 'people', 'topics', 'organisations'];

export interface LooseRecord {
  /** Index in its list, for paths. */
  index: number;
  id: string | undefined;
  raw: Record<string, unknown>;
}

export interface LooseKind {
  records: LooseRecord[];
  /** id → index of the first record with that id (later duplicates are ignored, as in buildOrgIndex). */
  byId: Map<string, number>;
}

export type LooseOrg = Record<Kind, LooseKind> & {
  /** `organisation.allowRemotePhotos` (format 2). */
  allowRemotePhotos: boolean;
};

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function looseOrg(input: Record<string, unknown>): LooseOrg {
  const organisation = input.organisation;
  const out = {
    allowRemotePhotos: isRecord(organisation) && organisation.allowRemotePhotos === true,
  } as LooseOrg;
  for (const kind of KINDS) {
    const list = input[kind];
    const records: LooseRecord[] = [];
    const byId = new Map<string, number>();
    if (Array.isArray(list)) {
      for (let i = 0; i < list.length; i++) {
        const raw: unknown = list[i];
        if (!isRecord(raw)) continue;
        const id = str(raw.id);
        records.push({ index: i, id, raw });
        if (id !== undefined && !byId.has(id)) byId.set(id, i);
      }
    }
    out[kind] = { records, byId };
  }
  return out;
}

/** The record that owns an id: the first one in file order. */
export const isFirst = (kind: LooseKind, r: LooseRecord): boolean =>
  r.id !== undefined && kind.byId.get(r.id) === r.index;
