/// <reference lib="webworker" />
/**
 * Runs the import off the main thread: checks files (posting progress as it goes), keeps the
 * last checked data, and on "apply" stores it in IndexedDB from here (see importHandlers.ts).
 */
import { serveHandlers } from '../workers/serveHandlers';
import { importHandlers } from './importHandlers';

serveHandlers(self, importHandlers());
