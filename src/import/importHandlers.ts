/**
 * The import worker's two jobs, as handlers (`src/workers/`), over one `ImportSession` that keeps
 * the last checked file between them:
 * - `analyse`: check a file and report (progress as events); `need-current` when the session
 *   could not read the current data by its version id, and the page sends it this once;
 * - `apply`: store the checked file as the current version and send its data in slices meanwhile
 *   (one event per slice is one short task on the page instead of one long copy of 100k people);
 *   records the page already holds (same in the version it shows) are sent as indexes only.
 * The same handlers run on the page when no worker can start.
 */
import type { OrgData } from '../domain/types';
import type { HandlerContext } from '../workers/protocol';
import { type AnalyseInput, ImportSession } from './importSession';
import type { ImportProgress } from './pipeline';
import { LIST_KEYS, type ListKey } from './protocol';
import { listPatch } from './reuse';

/** Records per slice after an apply: small enough for a short task on the page (2,000 took 260 ms, mostly GC, at load 14). */
const SLICE = 1_000;

export type ApplyEvent =
  | { type: 'head'; head: Omit<OrgData, ListKey> }
  /** Where each record of the list is in the page's copy of the base version (see reuse.ts). */
  | { type: 'reuse'; key: ListKey; baseLength: number; from: Int32Array }
  | { type: 'slice'; key: ListKey; records: unknown[] };

export interface ApplyInput {
  analysisId: number;
  /** The version the page shows: its records are reused when the check was made against it. */
  pageVersionId?: number;
}

/** Slices sent between two pauses, so the write's IndexedDB callbacks run in between. */
const SLICES_PER_PAUSE = 10;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Lists = Record<ListKey, readonly { id: string }[]>;

/**
 * The data as events: its head, then per list the records the page does not hold already
 * (with `base`, the version the page shows) or all of them, in slices.
 */
async function sendSlices(
  data: OrgData,
  base: OrgData | undefined,
  emit: (event: ApplyEvent, transfer?: Transferable[]) => void,
): Promise<void> {
  const { units, positions, people, topics, ...head } = data;
  emit({ type: 'head', head });
  const lists: Lists = { units, positions, people, topics };
  let sent = 0;
  for (const key of LIST_KEYS) {
    let list = lists[key];
    if (base) {
      const patch = listPatch((base as unknown as Lists)[key], list);
      emit({ type: 'reuse', key, baseLength: patch.baseLength, from: patch.from }, [
        patch.from.buffer,
      ]);
      list = patch.fresh;
    }
    for (let start = 0; start < list.length; start += SLICE) {
      emit({ type: 'slice', key, records: list.slice(start, start + SLICE) });
      if (++sent % SLICES_PER_PAUSE === 0) await pause();
    }
  }
}

export function importHandlers(session = new ImportSession()) {
  return {
    analyse: (input: AnalyseInput, { emit }: HandlerContext<ImportProgress>) =>
      session.analyse(input, emit),
    /**
     * The slices go while the version is written, not after: the page decodes them (and the
     * browser writes to disk) at the same time as the transaction runs. The page keeps them
     * only if the apply succeeds (the call's result); a failed write sends an error instead.
     */
    async apply(input: number | ApplyInput, { emit }: HandlerContext<ApplyEvent>) {
      const { analysisId, pageVersionId } =
        typeof input === 'number' ? { analysisId: input, pageVersionId: undefined } : input;
      const data = session.checkedData(analysisId);
      // Taken before the apply makes the checked data the session's current one.
      const base = session.baseData(analysisId, pageVersionId);
      const written = session.apply(analysisId);
      // Awaited below; until then a failure must not count as unhandled.
      written.catch(() => undefined);
      if (data) await sendSlices(data, base, emit);
      const { meta } = await written;
      return meta;
    },
  };
}

export type ImportHandlers = ReturnType<typeof importHandlers>;
