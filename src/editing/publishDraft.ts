/**
 * Publishes the stored draft: reads it and its base version from IndexedDB, replays its edits,
 * checks the result with the import's full validation (a draft with errors is refused), writes
 * it as the new version (`publishVersion`: one transaction with the concurrency check) and
 * returns the org file for hosting. Runs in `publish.worker.ts`, so a 100k-people draft is
 * copied, checked, serialised and hashed off the page; on the main thread only as a fallback.
 */
import type { CurrentMeta } from '../db/database';
import { getDraft } from '../db/draftRepository';
import { getVersion } from '../db/orgRepository';
import { StaleVersionError } from '../db/currentVersion';
import { publishVersion } from '../db/publishRepository';
import { sha256Hex } from '../db/hash';
import { EDITOR_PREFIX } from '../domain/dataSource';
import { diffOrg, summarizeDiff } from '../domain/diff';
import { applyEdit, draftOf } from '../domain/editing/draft';
import { exportOrgJson } from '../domain/exportOrgJson';
import { hasErrors } from '../domain/problems';
import { validateOrg } from '../domain/validate';

export interface Published {
  meta: CurrentMeta;
  /** The org file as published (`exportOrgJson`), for the download. */
  file: Blob;
}

export class DraftHasErrors extends Error {
  constructor(readonly errorCount: number) {
    super(`draft-has-errors: ${errorCount}`);
    this.name = 'DraftHasErrors';
  }
}

/**
 * A published version is HR's own data: its `editor:` source tells the start-up
 * (`decideStart`) never to replace it by a refresh of the URL or the demo it was drafted from.
 * Only HR applying an import, choosing a source again, or restoring makes another current.
 */
export function publishedSourceUrl(note: string): string {
  const label = note.trim().replace(/\s+/g, ' ').slice(0, 80);
  return `${EDITOR_PREFIX}${label === '' ? 'published' : label}`;
}

export async function publishStoredDraft(publishedAt: string): Promise<Published> {
  const stored = await getDraft();
  if (!stored) throw new Error('no-draft');
  const { draft: header, edits } = stored;
  const base = await getVersion(header.baseVersionId);
  if (!base) throw new StaleVersionError(header.baseVersionId, null);
  let draft = draftOf(base.data);
  for (const edit of edits.slice(0, header.cursor)) draft = applyEdit(draft, edit).draft;
  const { problems } = validateOrg(draft.data);
  if (hasErrors(problems)) {
    throw new DraftHasErrors(problems.filter((p) => p.severity === 'error').length);
  }
  const text = exportOrgJson(draft.data);
  const meta = await publishVersion({
    data: draft.data,
    sourceUrl: publishedSourceUrl(header.note),
    hash: await sha256Hex(text),
    baseVersionId: header.baseVersionId,
    note: header.note,
    changes: summarizeDiff(diffOrg(base.data, draft.data)),
    publishedAt,
  });
  return { meta, file: new Blob([text], { type: 'application/json' }) };
}
