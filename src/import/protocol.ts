/** Messages between the import client and its worker. */
import type { ImportAnalysis, ImportProgress, ImportRequest } from './pipeline';

export interface WorkerRequest {
  id: number;
  request: ImportRequest;
}

export type WorkerResponse =
  | { id: number; type: 'progress'; progress: ImportProgress }
  | { id: number; type: 'result'; analysis: ImportAnalysis };
