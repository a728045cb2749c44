/// <reference lib="webworker" />
/**
 * Runs the import off the main thread: checks files (posting progress as it goes), keeps the
 * last checked data, and on "apply" stores it in IndexedDB from here, then sends it to the page
 * in slices.
 */
import { ImportSession } from './importSession';
import { LIST_KEYS, type WorkerRequest, type WorkerResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const session = new ImportSession();
/** Records per message after an apply: small enough for a short task on the page. */
const SLICE = 2_000;

const post = (message: WorkerResponse) => scope.postMessage(message);

async function handle(request: WorkerRequest): Promise<void> {
  const { id } = request;
  if (request.type === 'analyse') {
    const outcome = await session.analyse(request.input, (progress) =>
      post({ id, type: 'progress', progress }),
    );
    post(
      outcome.kind === 'report'
        ? { id, type: 'report', report: outcome.report }
        : { id, type: 'need-current' },
    );
    return;
  }
  const { meta, data } = await session.apply(request.analysisId);
  const { units, positions, people, topics, ...head } = data;
  post({ id, type: 'head', head });
  const lists = { units, positions, people, topics };
  for (const key of LIST_KEYS) {
    const list = lists[key];
    for (let start = 0; start < list.length; start += SLICE) {
      post({ id, type: 'slice', key, records: list.slice(start, start + SLICE) });
    }
  }
  post({ id, type: 'applied', meta });
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id } = event.data;
  handle(event.data).catch((e: unknown) => {
    const code = (e as { code?: unknown } | null)?.code;
    post({
      id,
      type: 'failed',
      message: e instanceof Error ? e.message : String(e),
      ...(e instanceof Error ? { name: e.name } : {}),
      ...(typeof code === 'string' ? { code } : {}),
    });
  });
};
