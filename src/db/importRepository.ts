/**
 * Versions written by HR from the admin page: apply an import, restore an earlier version,
 * list the history. Every write is ONE Dexie transaction over `versions` and `meta`: if anything
 * fails inside it (quota, a thrown error, the tab closing) IndexedDB rolls all of it back and the
 * stored data is exactly as before.
 *
 * Listing the history must not read 20 copies of a 100k-people file, so each version also gets a
 * small info record in `meta` (key `version:<id>`), written in the same transaction. Versions
 * stored by other code (the loader) without one get it on first listing.
 */
import type { Table } from 'dexie';
import { type DiffSummary } from '../domain/diff';
import type { OrgData } from '../domain/types';
import { type CurrentMeta, db, type VersionRecord, type VersionSource } from './database';

/** How many versions are kept; the oldest go first, never the current one. */
export const MAX_VERSIONS = 20;

/** A version without its data: what the history lists. */
export interface VersionInfo {
  id: number;
  createdAt: string;
  source: VersionSource;
  sourceUrl: string;
  fileName?: string;
  hash: string;
  /** Diff counts against the version it replaced. */
  changes?: DiffSummary;
  /** For restores: the version restored. */
  restoredFrom?: number;
  people: number;
  positions: number;
  units: number;
  topics: number;
}

interface VersionInfoRecord extends VersionInfo {
  key: `version:${number}`;
}

const infoKey = (id: number): `version:${number}` => `version:${id}`;

/** The meta table seen as holding info records too (its primary key is `key`, any shape). */
const infoTable = (): Table<VersionInfoRecord, string> =>
  db.meta as unknown as Table<VersionInfoRecord, string>;

export interface NewVersion {
  data: OrgData;
  source: VersionSource;
  sourceUrl: string;
  fileName?: string;
  hash: string;
  changes?: DiffSummary;
  restoredFrom?: number;
}

/** Test seam: runs inside the transaction after the version is written, before the pointer moves. */
export interface WriteHooks {
  afterVersionWritten?: () => void | Promise<void>;
}

function infoOf(
  record: Omit<VersionRecord, 'id'> & { id: number },
  extra: Partial<VersionInfo>,
): VersionInfoRecord {
  return {
    key: infoKey(record.id),
    id: record.id,
    createdAt: record.createdAt,
    source: record.source,
    sourceUrl: record.sourceUrl,
    ...(record.fileName !== undefined ? { fileName: record.fileName } : {}),
    hash: record.hash,
    people: record.data.people.length,
    positions: record.data.positions.length,
    units: record.data.units.length,
    topics: record.data.topics.length,
    ...extra,
  };
}

/** SHA-256 (hex) of a text, as the loader computes it for the data source. */
export async function hashText(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Store `version` as the new current data, in one transaction, and drop versions beyond
 * `MAX_VERSIONS`. Returns what the org store needs.
 */
export async function writeVersion(
  version: NewVersion,
  hooks: WriteHooks = {},
): Promise<{ info: VersionInfo; meta: CurrentMeta }> {
  return db.transaction('rw', db.versions, db.meta, async () => {
    const createdAt = new Date().toISOString();
    const record: Omit<VersionRecord, 'id'> = {
      createdAt,
      source: version.source,
      sourceUrl: version.sourceUrl,
      ...(version.fileName !== undefined ? { fileName: version.fileName } : {}),
      hash: version.hash,
      summary: {
        ...(version.changes ? { changes: version.changes } : {}),
        ...(version.restoredFrom !== undefined ? { restoredFrom: version.restoredFrom } : {}),
      },
      data: version.data,
    };
    const id = (await db.versions.add(record as VersionRecord)) as number;
    const info = infoOf(
      { ...record, id },
      {
        ...(version.changes ? { changes: version.changes } : {}),
        ...(version.restoredFrom !== undefined ? { restoredFrom: version.restoredFrom } : {}),
      },
    );
    await infoTable().put(info);
    await hooks.afterVersionWritten?.();
    const meta: CurrentMeta = {
      key: 'current',
      versionId: id,
      sourceUrl: version.sourceUrl,
      hash: version.hash,
      loadedAt: createdAt,
      formatVersion: version.data.formatVersion,
      ...(version.fileName !== undefined ? { fileName: version.fileName } : {}),
    };
    await db.meta.put(meta);
    await pruneVersions(id);
    const { key: _key, ...plain } = info;
    return { info: plain, meta };
  });
}

/** Keep the newest `MAX_VERSIONS` (inside the caller's transaction). */
async function pruneVersions(currentId: number): Promise<void> {
  const ids = (await db.versions.orderBy('id').primaryKeys()) as number[];
  const excess = ids.length - MAX_VERSIONS;
  if (excess <= 0) return;
  const drop = ids.slice(0, excess).filter((id) => id !== currentId);
  await db.versions.bulkDelete(drop);
  await infoTable().bulkDelete(drop.map(infoKey));
}

/** The history, newest first, without reading the data of versions that have their info. */
export async function listVersions(): Promise<VersionInfo[]> {
  const ids = (await db.versions.orderBy('id').primaryKeys()) as number[];
  const infos = await infoTable().bulkGet(ids.map(infoKey));
  const out: VersionInfo[] = [];
  for (let i = 0; i < ids.length; i++) {
    let info = infos[i];
    const id = ids[i] as number;
    if (!info) {
      const record = await db.versions.get(id);
      if (!record) continue;
      const summary = (
        typeof record.summary === 'object' ? record.summary : {}
      ) as Partial<VersionInfo>;
      info = infoOf(record, {
        ...(summary.changes ? { changes: summary.changes } : {}),
        ...(summary.restoredFrom !== undefined ? { restoredFrom: summary.restoredFrom } : {}),
      });
      await infoTable()
        .put(info)
        .catch(() => undefined); // read-only listing still works if this write fails
    }
    const { key: _key, ...plain } = info;
    out.push(plain);
  }
  return out.reverse();
}

export async function getVersionData(id: number): Promise<OrgData | undefined> {
  return (await db.versions.get(id))?.data;
}

export async function getCurrentMeta(): Promise<CurrentMeta | undefined> {
  const meta = await db.meta.get('current');
  return meta?.key === 'current' ? meta : undefined;
}

/** The data source URL saved in settings (undefined = the bundled sample). */
export async function getSourceSetting(): Promise<string | undefined> {
  const settings = await db.meta.get('settings');
  return settings?.key === 'settings' ? settings.sourceUrl : undefined;
}

export async function setSourceSetting(url: string | undefined): Promise<void> {
  const clean = url?.trim();
  await db.meta.put({ key: 'settings', ...(clean ? { sourceUrl: clean } : {}) });
}

/** Make version `id` current again, as a new version (restoring is itself a version). */
export async function restoreVersion(
  id: number,
  changes?: DiffSummary,
): Promise<{ info: VersionInfo; meta: CurrentMeta; data: OrgData }> {
  const record = await db.versions.get(id);
  if (!record) throw new Error(`Version ${id} is no longer stored.`);
  const written = await writeVersion({
    data: record.data,
    source: 'restore',
    sourceUrl: record.sourceUrl,
    ...(record.fileName !== undefined ? { fileName: record.fileName } : {}),
    hash: record.hash,
    ...(changes ? { changes } : {}),
    restoredFrom: id,
  });
  return { ...written, data: record.data };
}
