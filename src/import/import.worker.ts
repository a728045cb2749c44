/// <reference lib="webworker" />
/** Runs the import pipeline off the main thread, posting progress as it goes. */
import { analyseImport, type ImportRequest } from './pipeline';
import type { WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

let lastCurrent: ImportRequest['current'];

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, reuseCurrent } = event.data;
  let { request } = event.data;
  if (reuseCurrent) request = { ...request, current: lastCurrent };
  else lastCurrent = request.current;
  const post = (message: WorkerResponse) => scope.postMessage(message);
  const analysis = analyseImport(request, (progress) => post({ id, type: 'progress', progress }));
  post({ id, type: 'result', analysis });
};
