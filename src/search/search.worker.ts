/// <reference lib="webworker" />
/** The search worker: builds the index of each data version so indexing never freezes the page. */
import { serveHandlers } from '../workers/serveHandlers';
import { searchHandlers } from './searchHandlers';

serveHandlers(self, searchHandlers);
