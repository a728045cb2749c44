/** Messages between the import client and its worker. */
import type { ImportAnalysis, ImportProgress, ImportRequest } from './pipeline';

export interface WorkerRequest {
  id: number;
  request: ImportRequest;
  /**
   * The current data is the one sent with an earlier request: the worker reuses its copy, so a
   * 100k-people organisation is not cloned across threads again for every check.
   */
  reuseCurrent?: boolean;
}

export type WorkerResponse =
  | { id: number; type: 'progress'; progress: ImportProgress }
  | { id: number; type: 'result'; analysis: ImportAnalysis };
