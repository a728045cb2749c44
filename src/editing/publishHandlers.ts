/** Publishing the stored draft, as a handler (`src/workers/`): in a worker, or on the page. */
import { publishStoredDraft } from './publishDraft';

export const publishHandlers = {
  publish: (publishedAt: string) => publishStoredDraft(publishedAt),
};
