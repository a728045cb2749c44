/// <reference lib="webworker" />
/** Runs the import pipeline off the main thread, posting progress as it goes. */
import { analyseImport } from './pipeline';
import type { WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, request } = event.data;
  const post = (message: WorkerResponse) => scope.postMessage(message);
  const analysis = analyseImport(request, (progress) => post({ id, type: 'progress', progress }));
  post({ id, type: 'result', analysis });
};
