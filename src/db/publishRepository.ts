/**
 * Publishing the draft: it becomes a new version exactly as an applied import does (one
 * transaction: the version, the current pointer, the history's info record, pruning), and the
 * draft is deleted in the same transaction. Optimistic concurrency (`expectCurrentVersion`): if
 * another tab, an import or a refresh made another version current since the draft started,
 * nothing is written and `StaleVersionError` says so (HR moves the draft onto that version).
 */
import type { DiffSummary } from '../domain/diff';
import type { OrgData } from '../domain/types';
import { expectCurrentVersion } from './currentVersion';
import { type CurrentMeta, db } from './database';
import { putVersionInfo } from './importRepository';
import { saveVersion } from './orgRepository';

export interface ToPublish {
  data: OrgData;
  /** `editor:<note>` (see `publishedSourceUrl`): start-up never replaces HR's published data. */
  sourceUrl: string;
  /** SHA-256 of the org file as published (the one HR downloads and hosts). */
  hash: string;
  baseVersionId: number;
  note: string;
  changes?: DiffSummary;
  publishedAt: string;
}

export async function publishVersion(item: ToPublish): Promise<CurrentMeta> {
  return db.transaction('rw', [db.versions, db.meta, db.drafts, db.draftEdits], async () => {
    await expectCurrentVersion(item.baseVersionId);
    const summary = {
      publishedAt: item.publishedAt,
      ...(item.note !== '' ? { note: item.note } : {}),
      ...(item.changes ? { changes: item.changes } : {}),
    };
    const meta = await saveVersion(item.data, {
      source: 'editor',
      sourceUrl: item.sourceUrl,
      hash: item.hash,
      summary,
    });
    await putVersionInfo({
      id: meta.versionId,
      createdAt: meta.loadedAt,
      source: 'editor',
      sourceUrl: item.sourceUrl,
      hash: item.hash,
      summary,
      data: item.data,
    });
    await db.drafts.delete('draft');
    await db.draftEdits.clear();
    return meta;
  });
}
