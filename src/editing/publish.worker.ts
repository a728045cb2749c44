/// <reference lib="webworker" />
/** Runs `publishStoredDraft` off the page (see publishClient.ts). */
import { serveHandlers } from '../workers/serveHandlers';
import { publishHandlers } from './publishHandlers';

serveHandlers(self, publishHandlers);
