/**
 * The version reader's one job, as a handler (`src/workers/`): read the current version from
 * IndexedDB and send its data to the page in slices (`orgSlices`). Read on the page, a 100k
 * version (~44 MB) is deserialised in one task of ~0.5 s, during which typing in the search
 * page (already answering from the start slice) froze; in the worker the page only takes
 * 2,000-record slices, each a short task. The same handler runs on the page when no worker can.
 */
import type { HandlerContext } from '../workers/protocol';
import { orgSlices, type OrgSlice } from '../workers/orgSlices';
import type { CurrentMeta } from './database';
import { getCurrent } from './orgRepository';

/** The current meta once every slice is sent; undefined when nothing is stored. */
async function readCurrent(
  _input: Record<string, never>,
  { emit }: HandlerContext<OrgSlice>,
): Promise<CurrentMeta | undefined> {
  const stored = await getCurrent();
  if (!stored) return undefined;
  for (const slice of orgSlices(stored.data)) emit(slice);
  return stored.meta;
}

export const versionReadHandlers = { readCurrent };
export type VersionReadHandlers = typeof versionReadHandlers;
