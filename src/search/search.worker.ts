/// <reference lib="webworker" />
/** The search worker: holds the index so building it never freezes the page. */
import { createHandlers, handle, type Request } from './protocol';

const handlers = createHandlers();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<Request>) => {
  scope.postMessage(handle(handlers, event.data));
};
