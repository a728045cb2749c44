/**
 * The stored organisation: versions of the org file, which one is current, and the source
 * setting. Every write that belongs together runs in one transaction, so a failure or a tab
 * closed mid-way leaves the stored data exactly as it was.
 *
 * Only data that passed validation may be saved here (callers validate first).
 */
import type { CheckOutcome } from '../domain/dataSource';
import type { OrgData } from '../domain/types';
import {
  db,
  type CurrentMeta,
  type LastCheckMeta,
  type SettingsMeta,
  type VersionRecord,
  type VersionSource,
} from './database';
import { type ExpectedVersion, expectCurrentVersion } from './currentVersion';
import { startSliceRow } from './startSliceRepository';

/** How many versions are kept; older ones are pruned when a new one is saved. */
export const MAX_VERSIONS = 20;

export interface SaveInfo {
  source: VersionSource;
  sourceUrl: string;
  /** SHA-256 hex of the file text (`sha256Hex`). */
  hash: string;
  fileName?: string;
  summary?: VersionRecord['summary'];
}

/** A version without its data, for history lists. */
export type VersionSummary = Omit<VersionRecord, 'data'> & {
  counts: { units: number; positions: number; people: number; topics: number };
  isCurrent: boolean;
};

export interface StoredOrg {
  data: OrgData;
  meta: CurrentMeta;
}

/** The current version and its meta, or undefined on a first start. */
export async function getCurrent(): Promise<StoredOrg | undefined> {
  return db.transaction('r', db.versions, db.meta, async () => {
    const meta = await db.meta.get('current');
    if (!meta || meta.key !== 'current') return undefined;
    const version = await db.versions.get(meta.versionId);
    return version ? { data: version.data, meta } : undefined;
  });
}

/** Just the current meta (cheap: no org data read). */
export async function getCurrentMeta(): Promise<CurrentMeta | undefined> {
  const meta = await db.meta.get('current');
  return meta?.key === 'current' ? meta : undefined;
}

/**
 * Stores `data` as a new version and makes it current, pruning to the newest `MAX_VERSIONS`,
 * all in one transaction. Returns the new current meta.
 */
export async function saveVersion(data: OrgData, info: SaveInfo): Promise<CurrentMeta> {
  return db.transaction('rw', db.versions, db.meta, async () => {
    const createdAt = new Date().toISOString();
    const record: Omit<VersionRecord, 'id'> = {
      createdAt,
      source: info.source,
      sourceUrl: info.sourceUrl,
      hash: info.hash,
      data,
      ...(info.fileName !== undefined ? { fileName: info.fileName } : {}),
      ...(info.summary !== undefined ? { summary: info.summary } : {}),
    };
    const id = await db.versions.add(record);
    const meta: CurrentMeta = {
      key: 'current',
      versionId: id,
      sourceUrl: info.sourceUrl,
      hash: info.hash,
      loadedAt: createdAt,
      formatVersion: data.formatVersion,
      ...(info.fileName !== undefined ? { fileName: info.fileName } : {}),
    };
    await db.meta.put(meta);
    // Part of it for the next start's first answer (100k people: ~5 of 44 MB).
    await db.meta.put(startSliceRow(id, data));
    const ids = await db.versions.orderBy('id').primaryKeys();
    const excess = ids.length - MAX_VERSIONS;
    if (excess > 0) await db.versions.bulkDelete(ids.slice(0, excess));
    return meta;
  });
}

/** Every kept version, newest first, without the (large) org data. */
export async function listVersions(): Promise<VersionSummary[]> {
  return db.transaction('r', db.versions, db.meta, async () => {
    const current = await getCurrentMeta();
    const list: VersionSummary[] = [];
    await db.versions
      .orderBy('id')
      .reverse()
      .each(({ data, ...rest }) => {
        list.push({
          ...rest,
          counts: {
            units: data.units.length,
            positions: data.positions.length,
            people: data.people.length,
            topics: data.topics.length,
          },
          isCurrent: rest.id === current?.versionId,
        });
      });
    return list;
  });
}

/** One version with its data (e.g. to diff or export it). */
export async function getVersion(id: number): Promise<VersionRecord | undefined> {
  return db.versions.get(id);
}

/**
 * Makes an earlier version current again by saving a copy as a new 'restore' version
 * (history only grows; the restored one stays where it was). With `basedOn` (the version that
 * was current when the user chose to restore), refused with `StaleVersionError` when another
 * version became current since: restoring would silently undo that change.
 */
export async function restoreVersion(id: number, basedOn?: ExpectedVersion): Promise<CurrentMeta> {
  return db.transaction('rw', db.versions, db.meta, async () => {
    if (basedOn !== undefined) await expectCurrentVersion(basedOn);
    const old = await db.versions.get(id);
    if (!old) throw new Error(`Version ${id} does not exist`);
    return saveVersion(old.data, {
      source: 'restore',
      sourceUrl: old.sourceUrl,
      hash: old.hash,
      summary: { restoredFrom: id, restoredCreatedAt: old.createdAt },
      ...(old.fileName !== undefined ? { fileName: old.fileName } : {}),
    });
  });
}

/**
 * Stores HR's edit of the current data (e.g. the organisation's details) as a new version,
 * refused with `StaleVersionError` if another version became current since `basedOn`. The
 * version keeps an imported file's source; any other becomes HR's own (`editor:`), which a
 * start-up refresh never replaces.
 */
export async function saveEditedVersion(
  data: OrgData,
  edit: { basedOn: ExpectedVersion; sourceUrl: string; fileName?: string; hash: string },
): Promise<CurrentMeta> {
  return db.transaction('rw', db.versions, db.meta, async () => {
    await expectCurrentVersion(edit.basedOn);
    return saveVersion(data, {
      source: 'editor',
      sourceUrl: edit.sourceUrl,
      hash: edit.hash,
      ...(edit.fileName !== undefined ? { fileName: edit.fileName } : {}),
    });
  });
}

export async function getSettings(): Promise<Omit<SettingsMeta, 'key'>> {
  const row = await db.meta.get('settings');
  if (row?.key !== 'settings') return {};
  const { key: _key, ...settings } = row;
  return settings;
}

/** Replaces the settings (omit `sourceUrl` to go back to the bundled sample). */
export async function saveSettings(settings: Omit<SettingsMeta, 'key'>): Promise<void> {
  await db.meta.put({ key: 'settings', ...settings });
}

export type LastCheck = Omit<LastCheckMeta, 'key'>;

/** Records a check of `source` now (a failed write is not worth an error: it is only a date). */
export async function recordCheck(source: string, outcome: CheckOutcome): Promise<LastCheck> {
  const check: LastCheck = { source, at: new Date().toISOString(), outcome };
  await db.meta.put({ key: 'lastCheck', ...check }).catch(() => undefined);
  return check;
}

export async function getLastCheck(): Promise<LastCheck | undefined> {
  const row = await db.meta.get('lastCheck');
  if (row?.key !== 'lastCheck') return undefined;
  const { key: _key, ...check } = row;
  return check;
}
