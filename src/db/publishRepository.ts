/**
 * Publishing the draft: it becomes a new version exactly as an applied import does (one
 * transaction: the version, the current pointer, the history's info record, pruning), and the
 * draft is deleted in the same transaction. Optimistic concurrency: if another tab, an import or
 * a refresh made another version current since the draft started, nothing is written and
 * `StaleDraftError` says which version is current now (HR rebases the draft onto it).
 */
import type { DiffSummary } from '../domain/diff';
import type { OrgData } from '../domain/types';
import { type CurrentMeta, db } from './database';
import { putVersionInfo } from './importRepository';
import { saveVersion } from './orgRepository';

export class StaleDraftError extends Error {
  constructor(
    readonly baseVersionId: number,
    readonly currentVersionId: number | undefined,
  ) {
    super(`stale-draft: based on version ${baseVersionId}, current is ${currentVersionId ?? '–'}`);
    this.name = 'StaleDraftError';
  }
}

export interface ToPublish {
  data: OrgData;
  /** SHA-256 of the published file text (what the loader hashes). */
  hash: string;
  baseVersionId: number;
  note: string;
  changes?: DiffSummary;
  publishedAt: string;
}

export async function publishVersion(item: ToPublish): Promise<CurrentMeta> {
  return db.transaction('rw', [db.versions, db.meta, db.drafts, db.draftEdits], async () => {
    const current = await db.meta.get('current');
    const currentId = current?.key === 'current' ? current.versionId : undefined;
    if (currentId !== item.baseVersionId) throw new StaleDraftError(item.baseVersionId, currentId);
    const summary = {
      publishedAt: item.publishedAt,
      ...(item.note !== '' ? { note: item.note } : {}),
      ...(item.changes ? { changes: item.changes } : {}),
    };
    const meta = await saveVersion(item.data, {
      source: 'editor',
      sourceUrl: 'editor',
      hash: item.hash,
      summary,
    });
    await putVersionInfo({
      id: meta.versionId,
      createdAt: meta.loadedAt,
      source: 'editor',
      sourceUrl: 'editor',
      hash: item.hash,
      summary,
      data: item.data,
    });
    await db.drafts.delete('draft');
    await db.draftEdits.clear();
    return meta;
  });
}
