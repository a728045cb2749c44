/// <reference lib="webworker" />
/** Runs `publishStoredDraft` off the page (see publishClient.ts). */
import { isStaleVersion, STALE_VERSION_CODE } from '../db/currentVersion';
import { publishStoredDraft } from './publishDraft';
import type { PublishRequest, PublishResponse } from './publishProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: PublishResponse) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<PublishRequest>) => {
  const { id, publishedAt } = event.data;
  publishStoredDraft(publishedAt).then(
    (published) => post({ id, type: 'published', ...published }),
    (e: unknown) =>
      post({
        id,
        type: 'failed',
        name: e instanceof Error ? e.name : 'Error',
        ...(isStaleVersion(e) ? { code: STALE_VERSION_CODE } : {}),
        message: e instanceof Error ? e.message : String(e),
        ...(e !== null && typeof e === 'object' && 'actual' in e
          ? { currentVersionId: (e as { actual?: number }).actual }
          : {}),
        ...(e !== null && typeof e === 'object' && 'errorCount' in e
          ? { errorCount: (e as { errorCount: number }).errorCount }
          : {}),
      }),
  );
};
