/// <reference lib="webworker" />
/** Parses and writes the round trip's workbooks off the page (see sheetFileClient.ts). */
import { serveHandlers } from '../../workers/serveHandlers';
import { sheetFileHandlers } from './sheetFileHandlers';

serveHandlers(self, sheetFileHandlers);
