/**
 * The import worker's two jobs, as handlers (`src/workers/`), over one `ImportSession` that keeps
 * the last checked file between them:
 * - `analyse`: check a file and report (progress as events); `need-current` when the session
 *   could not read the current data by its version id, and the page sends it this once;
 * - `apply`: store the checked file as the current version and send its data in slices meanwhile
 *   (one event per slice is one short task on the page instead of one long copy of 100k people).
 * The same handlers run on the page when no worker can start.
 */
import type { OrgData } from '../domain/types';
import type { HandlerContext } from '../workers/protocol';
import { type AnalyseInput, ImportSession } from './importSession';
import type { ImportProgress } from './pipeline';
import { LIST_KEYS, type ListKey } from './protocol';

/** Records per slice after an apply: small enough for a short task on the page (2,000 took 260 ms, mostly GC, at load 14). */
const SLICE = 1_000;

export type ApplyEvent =
  | { type: 'head'; head: Omit<OrgData, ListKey> }
  | { type: 'slice'; key: ListKey; records: unknown[] };

/** Slices sent between two pauses, so the write's IndexedDB callbacks run in between. */
const SLICES_PER_PAUSE = 10;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function sendSlices(data: OrgData, emit: (event: ApplyEvent) => void): Promise<void> {
  const { units, positions, people, topics, ...head } = data;
  emit({ type: 'head', head });
  const lists = { units, positions, people, topics };
  let sent = 0;
  for (const key of LIST_KEYS) {
    const list = lists[key];
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
    async apply(analysisId: number, { emit }: HandlerContext<ApplyEvent>) {
      const data = session.checkedData(analysisId);
      const written = session.apply(analysisId);
      // Awaited below; until then a failure must not count as unhandled.
      written.catch(() => undefined);
      if (data) await sendSlices(data, emit);
      const { meta } = await written;
      return meta;
    },
  };
}

export type ImportHandlers = ReturnType<typeof importHandlers>;
