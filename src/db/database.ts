/**
 * The one IndexedDB database of Wayfinder (Dexie). Every schema version ever shipped stays
 * declared here with its upgrade, so a user's stored data and progress survive app updates.
 *
 * History:
 * - v1: `versions` (org data versions) and `settings` (key/value: currentVersionId, sourceUrl).
 * - v2: `meta` replaces `settings` (records `current` and `settings`), `progress` is added
 *       (onboarding checklist state, kept on the device).
 * - v3: `drafts` (the one draft HR is editing: its base version, author note, undo cursor) and
 *       `draftEdits` (its edits, one row each, so an edit writes one small row, never the data).
 * - v4: the `meta` row `startSlice` (the current version's start slice, `domain/startSlice.ts`:
 *       what a cold start needs for its first answer, read before the whole version; a meta
 *       row, so every transaction that saves a version already covers it). No table changes;
 *       the upgrade writes the current version's slice, every other row stays as it was.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Edit } from '../domain/editing/change';
import type { CheckOutcome } from '../domain/dataSource';
import type { OrgData } from '../domain/types';
import { startSlice } from '../domain/startSlice';

import { DB_NAME } from './dbName';

export { DB_NAME };

export type VersionSource = 'bundled' | 'remote' | 'import' | 'restore' | 'editor';

/** One stored version of the org file. The newest 20 are kept. */
export interface VersionRecord {
  id: number;
  /** ISO date-time when this version was stored. */
  createdAt: string;
  source: VersionSource;
  /** Where the file came from (URL, or `import:<file name>` for imports). */
  sourceUrl: string;
  fileName?: string;
  /** SHA-256 (hex) of the file text: tells a changed source from an unchanged one. */
  hash: string;
  /** Free-form description (e.g. the import diff counts, or the version a restore came from). */
  summary?: string | Record<string, unknown>;
  data: OrgData;
}

/** Facts about the version the app shows: where it came from and when (what `orgStore.meta` holds). */
export interface DataMeta {
  versionId: number;
  sourceUrl: string;
  hash: string;
  /** ISO date-time when the version was stored. */
  loadedAt: string;
  formatVersion: number;
  fileName?: string;
}

/** The meta row saying which version the app shows. */
export interface CurrentMeta extends DataMeta {
  key: 'current';
}

/** User settings of the data source. */
export interface SettingsMeta {
  key: 'settings';
  /** The org file URL to load instead of the bundled sample (`?org=` still wins). */
  sourceUrl?: string;
}

/**
 * The last time the followed source was checked, and with what outcome (header and admin page
 * say "last checked"). A meta row of its own: no schema change, and a version write never
 * touches it.
 */
export interface LastCheckMeta {
  key: 'lastCheck';
  source: string;
  /** ISO date-time of the check. */
  at: string;
  outcome: CheckOutcome;
}

/**
 * Part of the current version (never the only copy of anything: the version keeps all of it),
 * so a later start reads a few MB before the whole version. Written with each version.
 */
export interface StartSliceMeta {
  key: 'startSlice';
  versionId: number;
  data: OrgData;
}

export type MetaRecord = CurrentMeta | SettingsMeta | LastCheckMeta | StartSliceMeta;

/** Progress kept on the device, e.g. the onboarding checklist of a position. */
export interface ProgressRecord {
  /** e.g. `onboarding:<positionId>`. */
  key: string;
  /** Ids of the items ticked off. */
  done: string[];
  updatedAt: string;
}

/**
 * The draft being edited (one at a time). Its data is the base version with the first `cursor`
 * edits of `draftEdits` applied; edits from `cursor` on are the redo list.
 */
export interface DraftRecord {
  key: 'draft';
  /** The version the draft started from (publishing checks it is still the current one). */
  baseVersionId: number;
  note: string;
  /** How many edits are applied; `count` edits are stored. */
  cursor: number;
  count: number;
  createdAt: string;
  updatedAt: string;
  /** Which tab wrote last, and its write counter: a tab ignores its own writes coming back. */
  writer: string;
  rev: number;
}

/** One edit of the draft (see `src/domain/editing/change.ts`). */
export interface DraftEditRecord {
  seq: number;
  edit: Edit;
}

/** Schema of version 1, kept for the upgrade path and its test. */
export const SCHEMA_V1 = { versions: '++id, createdAt', settings: 'key' } as const;
export const SCHEMA_V2 = {
  versions: '++id, createdAt',
  settings: null,
  meta: 'key',
  progress: 'key',
} as const;

export const SCHEMA_V3 = { drafts: 'key', draftEdits: 'seq' } as const;

/** v1 `settings` rows: `{ key: 'currentVersionId', value: number }`, `{ key: 'sourceUrl', value: string }`. */
interface SettingV1 {
  key: string;
  value: unknown;
}

/** v1 → v2: the current pointer and the source setting move from `settings` to `meta`. */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const rows = (await tx.table<SettingV1, string>('settings').toArray()) ?? [];
  const value = (key: string) => rows.find((r) => r.key === key)?.value;
  const meta = tx.table<MetaRecord, string>('meta');
  const sourceUrl = value('sourceUrl');
  if (typeof sourceUrl === 'string') await meta.put({ key: 'settings', sourceUrl });
  const versions = tx.table<VersionRecord, number>('versions');
  const currentId = value('currentVersionId');
  const current =
    typeof currentId === 'number'
      ? await versions.get(currentId)
      : await versions.orderBy('id').last();
  if (current) {
    await meta.put({
      key: 'current',
      versionId: current.id,
      sourceUrl: current.sourceUrl,
      hash: current.hash ?? '',
      loadedAt: current.createdAt,
      formatVersion: current.data?.formatVersion ?? 1,
      ...(current.fileName ? { fileName: current.fileName } : {}),
    });
  }
}

/** v3 → v4: the current version's start slice, so the first start after the update is fast too. */
async function upgradeToV4(tx: Transaction): Promise<void> {
  const meta = tx.table<MetaRecord, string>('meta');
  const current = await meta.get('current');
  if (current?.key !== 'current') return;
  const version = await tx.table<VersionRecord, number>('versions').get(current.versionId);
  if (!version?.data) return;
  await meta.put({ key: 'startSlice', versionId: version.id, data: startSlice(version.data) });
}

export class WayfinderDb extends Dexie {
  versions!: EntityTable<VersionRecord, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  progress!: EntityTable<ProgressRecord, 'key'>;
  drafts!: EntityTable<DraftRecord, 'key'>;
  draftEdits!: EntityTable<DraftEditRecord, 'seq'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    // New tables only: nothing to move, every stored version and setting stays as it is.
    this.version(3).stores(SCHEMA_V3);
    // One meta row added from the current version: nothing existing is changed or moved.
    this.version(4).stores({}).upgrade(upgradeToV4);
  }
}

/** The app's database. Tests reset it with `db.delete()` then `db.open()`. */
export const db = new WayfinderDb();
