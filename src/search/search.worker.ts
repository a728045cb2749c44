/// <reference lib="webworker" />
/** The search worker: builds the index of each data version so indexing never freezes the page. */
import { transferables } from './packedIndex';
import { buildPacked, type BuildRequest, type BuildResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<BuildRequest>) => {
  const { id, data } = event.data;
  let response: BuildResponse;
  try {
    response = { id, ok: true, value: buildPacked(data) };
  } catch (error) {
    scope.postMessage({ id, ok: false, error: String(error) } satisfies BuildResponse);
    return;
  }
  scope.postMessage(response, transferables(response.value.packed));
};
