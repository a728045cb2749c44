/**
 * What the admin page needs from the stored versions, on top of the shell's `orgRepository`
 * (which does every write: `saveVersion`, `restoreVersion`, settings).
 *
 * - `applyImport`: an import becomes a version in ONE transaction (the shell's `saveVersion`):
 *   if anything fails inside it (quota, a thrown error, the tab closing) IndexedDB rolls it all
 *   back and the stored data is exactly as before.
 * - `listVersionInfos`: the history without reading 20 copies of a 100k-people file. Each
 *   version's small info record (counts, summary) is cached in `meta` under `version:<id>`,
 *   computed once from the version; records of pruned versions are dropped.
 */
import type { Table } from 'dexie';
import type { DiffSummary } from '../domain/diff';
import type { OrgData } from '../domain/types';
import { type CurrentMeta, db, type VersionRecord, type VersionSource } from './database';
import { type ExpectedVersion, expectCurrentVersion } from './currentVersion';
import { sha256Hex } from './hash';
import { DEFAULT_SOURCE, IMPORT_PREFIX } from '../domain/dataSource';
import { saveVersion } from './orgRepository';
import { nextSources, readSources, type FileSource } from '../import/sources';

/** A version without its data: what the history lists. */
export interface VersionInfo {
  id: number;
  createdAt: string;
  source: VersionSource;
  sourceUrl: string;
  fileName?: string;
  hash: string;
  /** Diff counts against the version it replaced (imports). */
  changes?: DiffSummary;
  /** For restores: the version restored. */
  restoredFrom?: number;
  /** Imports of tables: rows set aside (not applied, listed to the user). */
  setAside?: number;
  /** The files the data of this version came from, side by side (none before sources were kept). */
  sources?: FileSource[];
  people: number;
  positions: number;
  units: number;
  topics: number;
}

type InfoKey = `version:${number}`;
interface VersionInfoRecord extends VersionInfo {
  key: InfoKey;
}

const infoKey = (id: number): InfoKey => `version:${id}`;

/** The meta table seen as holding info records too (its primary key is `key`, any shape). */
const infoTable = (): Table<VersionInfoRecord, string> =>
  db.meta as unknown as Table<VersionInfoRecord, string>;

function infoOf(record: VersionRecord): VersionInfoRecord {
  const summary = (
    record.summary !== null && typeof record.summary === 'object' ? record.summary : {}
  ) as { changes?: DiffSummary; restoredFrom?: unknown; setAside?: unknown; sources?: unknown };
  const sources = readSources(summary.sources);
  return {
    key: infoKey(record.id),
    id: record.id,
    createdAt: record.createdAt,
    source: record.source,
    sourceUrl: record.sourceUrl,
    ...(record.fileName !== undefined ? { fileName: record.fileName } : {}),
    hash: record.hash,
    ...(summary.changes ? { changes: summary.changes } : {}),
    ...(typeof summary.restoredFrom === 'number' ? { restoredFrom: summary.restoredFrom } : {}),
    ...(typeof summary.setAside === 'number' ? { setAside: summary.setAside } : {}),
    ...(sources ? { sources } : {}),
    people: record.data.people.length,
    positions: record.data.positions.length,
    units: record.data.units.length,
    topics: record.data.topics.length,
  };
}

export interface ImportToApply {
  data: OrgData;
  fileName: string;
  /** The file text or bytes, to hash (as the loader hashes its source). */
  text: string | Uint8Array;
  /** Set when the text was fetched from a data source URL: that URL becomes the source followed. */
  sourceUrl?: string;
  changes?: DiffSummary;
  /**
   * The current version the preview was computed against (`null`: nothing was stored). When
   * set, the apply is refused with `StaleVersionError` if another version became current since.
   */
  basedOn?: ExpectedVersion;
  /** Rows of the file set aside (counted in the history). */
  setAside?: number;
  /** What the file is as a source: listed with the earlier files it sits beside. */
  source?: Omit<FileSource, 'importedAt'>;
}

/** Test seam: called inside the transaction, after the version is written. */
export interface ApplyHooks {
  beforeCommit?: () => void | Promise<void>;
}

type ImportSummary = {
  changes?: DiffSummary;
  setAside?: number;
  sources?: FileSource[];
};

function summaryOf(item: ImportToApply, sources: FileSource[] | undefined): ImportSummary {
  return {
    ...(item.changes ? { changes: item.changes } : {}),
    ...(item.setAside ? { setAside: item.setAside } : {}),
    ...(sources ? { sources } : {}),
  };
}

function versionSourceOf(item: ImportToApply): VersionSource {
  if (item.sourceUrl === undefined) return 'import';
  return item.sourceUrl === DEFAULT_SOURCE ? 'bundled' : 'remote';
}

/**
 * The sources of a stored version: its own, or for a restore those of the version it restored
 * (followed a few steps; a version from before sources were kept has none).
 */
async function storedSources(versionId: number | undefined): Promise<FileSource[]> {
  let id = versionId;
  for (let hop = 0; id !== undefined && hop < 20; hop++) {
    const info = (await infoTable().get(infoKey(id))) ?? (await versionInfo(id));
    if (!info) return [];
    if (info.sources) return info.sources;
    id = info.restoredFrom;
  }
  return [];
}

async function currentMetaId(): Promise<number | undefined> {
  const current = (await db.meta.get('current')) as CurrentMeta | undefined;
  return current?.versionId;
}

async function versionInfo(id: number): Promise<VersionInfoRecord | undefined> {
  const record = await db.versions.get(id);
  return record ? infoOf(record) : undefined;
}

/**
 * Store an import as the new current version (one transaction). With `sourceUrl` (a data
 * source previewed on the admin page), that source becomes the followed one.
 */
export async function applyImport(
  item: ImportToApply,
  hooks: ApplyHooks = {},
): Promise<CurrentMeta> {
  const hash = await sha256Hex(item.text);
  return db.transaction('rw', db.versions, db.meta, async () => {
    if (item.basedOn !== undefined) await expectCurrentVersion(item.basedOn);
    const source = versionSourceOf(item);
    const importedAt = new Date().toISOString();
    const sources = item.source
      ? nextSources(await storedSources(await currentMetaId()), {
          ...item.source,
          importedAt,
        })
      : undefined;
    const summary = summaryOf(item, sources);
    const meta = await saveVersion(item.data, {
      source,
      sourceUrl: item.sourceUrl ?? `${IMPORT_PREFIX}${item.fileName}`,
      fileName: item.fileName,
      hash,
      ...(Object.keys(summary).length > 0 ? { summary } : {}),
    });
    // The history's info record now, from the data in hand: listing the history after an apply
    // then never reads (and deserialises) the whole new version on the main thread.
    await infoTable().put(
      infoOf({
        id: meta.versionId,
        createdAt: meta.loadedAt,
        source,
        sourceUrl: meta.sourceUrl,
        fileName: item.fileName,
        hash,
        ...(Object.keys(summary).length > 0 ? { summary } : {}),
        data: item.data,
      }),
    );
    // A source previewed and applied becomes the one followed, in the same transaction: the
    // next start then checks it for newer files (the bundled demo: no setting at all).
    if (item.sourceUrl !== undefined) {
      const row = await db.meta.get('settings');
      const { sourceUrl: _old, ...others } = row?.key === 'settings' ? row : { key: 'settings' };
      await db.meta.put({
        ...others,
        key: 'settings',
        ...(item.sourceUrl === DEFAULT_SOURCE ? {} : { sourceUrl: item.sourceUrl }),
      });
    }
    await hooks.beforeCommit?.();
    return meta;
  });
}

/**
 * Writes the history's info record of a version just saved, from the data in hand (inside the
 * caller's transaction): listing the history then never reads the whole version back.
 */
export async function putVersionInfo(record: VersionRecord): Promise<void> {
  await infoTable().put(infoOf(record));
}

/** The history, newest first, reading each version's data at most once ever. */
export async function listVersionInfos(): Promise<VersionInfo[]> {
  const ids = await db.versions.orderBy('id').primaryKeys();
  const cached = await infoTable().bulkGet(ids.map(infoKey));
  const out: VersionInfo[] = [];
  for (let i = 0; i < ids.length; i++) {
    let info = cached[i];
    if (!info) {
      const record = await db.versions.get(ids[i] as number);
      if (!record) continue;
      info = infoOf(record);
      // A listing still works if this cache write fails.
      await infoTable()
        .put(info)
        .catch(() => undefined);
    }
    const { key: _key, ...plain } = info;
    out.push(plain);
  }
  await dropStaleInfos(new Set(ids));
  return out.reverse();
}

async function dropStaleInfos(kept: ReadonlySet<number>): Promise<void> {
  const keys = await infoTable().where('key').startsWith('version:').primaryKeys();
  const stale = keys.filter((k) => !kept.has(Number(k.slice('version:'.length))));
  if (stale.length > 0)
    await infoTable()
      .bulkDelete(stale)
      .catch(() => undefined);
}
