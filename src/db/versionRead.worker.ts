/// <reference lib="webworker" />
/** Version reader: the current version read from IndexedDB off the page's thread. */
import { serveHandlers } from '../workers/serveHandlers';
import { versionReadHandlers } from './versionReadHandlers';

serveHandlers(self, versionReadHandlers);
