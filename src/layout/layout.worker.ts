/// <reference lib="webworker" />
/** Layout worker: keeps elkjs (1.6 MB, seconds of CPU on big charts) off the main thread. */
import ELK from 'elkjs/lib/elk.bundled.js';
import { serveHandlers } from '../workers/serveHandlers';
import { layoutHandlers } from './layoutHandlers';
import type { ElkLike } from './runLayout';

const elk = new ELK() as unknown as ElkLike;

// elk.bundled.js installs its own onmessage in a worker scope; ours replaces it.
serveHandlers(
  self,
  layoutHandlers(() => Promise.resolve(elk)),
);
