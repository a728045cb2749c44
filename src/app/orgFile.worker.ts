/// <reference lib="webworker" />
/** Org file worker: download, validation and storage of the org file, off the page's thread. */
import { serveHandlers } from '../workers/serveHandlers';
import { orgFileHandlers } from './orgFileHandlers';

serveHandlers(self, orgFileHandlers);
