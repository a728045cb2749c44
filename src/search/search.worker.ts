/// <reference lib="webworker" />
/** The search worker: builds the index of each data version so indexing never freezes the page. */
import { writeSearchIndex } from '../db/searchIndexCache';
import { transferables } from './packedIndex';
import { buildPacked, type BuildRequest, type BuildResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<BuildRequest>) => {
  const { id, data, cacheKey } = event.data;
  let response: BuildResponse;
  try {
    response = { id, ok: true, value: buildPacked(data) };
  } catch (error) {
    scope.postMessage({ id, ok: false, error: String(error) } satisfies BuildResponse);
    return;
  }
  // Saved before the buffers move to the page (the cache copies them first).
  if (cacheKey) await writeSearchIndex(cacheKey, response.value.packed);
  scope.postMessage(response, transferables(response.value.packed));
};
