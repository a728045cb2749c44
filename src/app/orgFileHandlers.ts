/**
 * The org file worker's one job, as a handler (`src/workers/`): download the file, hash it,
 * parse and validate it, store it as the current version, then send its data to the page in
 * slices. On a first visit of a 100k organisation this is seconds of work (a 100,000-level
 * reporting chain froze the page for half a minute when it ran there); the page now only
 * receives the data. The same handler runs on the page when no worker can start.
 */
import { db } from '../db/database';
import { sha256Hex } from '../db/hash';
import { saveVersion } from '../db/orgRepository';
import { storageFailure, type StorageFailure } from '../db/storageError';
import { DEFAULT_SOURCE } from '../domain/dataSource';
import type { Problem } from '../domain/problems';
import type { DataMeta } from '../store/orgStore';
import type { HandlerContext } from '../workers/protocol';
import { orgSlices, type OrgSlice } from '../workers/orgSlices';
import { fetchSource } from './fetchSource';
import { parseOrg } from './parseOrg';

export interface FetchOrgInput {
  /** The source as configured: stored with the version, named in problems. */
  source: string;
  /** The same address resolved against the page (a worker's own base is its script's URL). */
  url: string;
  /** Nothing stored to fall back on: a file whose only errors are broken reporting lines is kept. */
  drawBrokenReportingLines: boolean;
  /** Hash of the data shown: the same file is only reported up to date, never parsed. */
  knownHash?: string;
}

export type FetchOrgOutcome =
  | { kind: 'failed'; problem: Problem; offline: boolean }
  | { kind: 'upToDate' }
  | { kind: 'refused'; problems: Problem[] }
  | {
      kind: 'applied';
      /** versionId 0 when it could not be stored (`storage` says why): shown all the same. */
      meta: DataMeta;
      problems: Problem[];
      storage?: StorageFailure;
    };

async function fetchOrg(
  input: FetchOrgInput,
  { emit }: HandlerContext<OrgSlice>,
): Promise<FetchOrgOutcome> {
  const { source } = input;
  // Opened (on a first visit: created) while the file downloads, not after it is checked.
  if (input.knownHash === undefined) void db.open().catch(() => undefined);
  const fetched = await fetchSource(source, input.url);
  if (!fetched.ok) return { kind: 'failed', problem: fetched.problem, offline: fetched.offline };
  const hash = await sha256Hex(fetched.text);
  if (hash === input.knownHash) return { kind: 'upToDate' };
  const { data, problems } = parseOrg(fetched.text, {
    drawBrokenReportingLines: input.drawBrokenReportingLines,
  });
  if (!data) return { kind: 'refused', problems };
  // The data first, then the write: the page builds its index while the version is stored
  // (100k people: both take about a second). It shows the data once the outcome arrives.
  for (const slice of orgSlices(data)) emit(slice);
  let meta: DataMeta;
  let storage: StorageFailure | undefined;
  try {
    meta = await saveVersion(data, {
      source: source === DEFAULT_SOURCE ? 'bundled' : 'remote',
      sourceUrl: source,
      hash,
    });
  } catch (e) {
    // Plain words for the user (the page's notice); the library's own text only in the console.
    console.warn('Wayfinder: could not store the data', e);
    storage = storageFailure(e);
    meta = {
      versionId: 0,
      sourceUrl: source,
      hash,
      loadedAt: new Date().toISOString(),
      formatVersion: data.formatVersion,
    };
  }
  return { kind: 'applied', meta, problems, ...(storage ? { storage } : {}) };
}

export const orgFileHandlers = { fetchOrg };
export type OrgFileHandlers = typeof orgFileHandlers;
