/** Messages between the import client and its worker. */
import type { CurrentMeta } from '../db/database';
import type { OrgData } from '../domain/types';
import type { AnalyseInput, ImportReport } from './importSession';
import type { ImportProgress } from './pipeline';

export type WorkerRequest =
  | { id: number; type: 'analyse'; input: AnalyseInput }
  | { id: number; type: 'apply'; analysisId: number };

/** The lists of the org data, sent back in slices after an apply. */
export type ListKey = 'units' | 'positions' | 'people' | 'topics';
export const LIST_KEYS: readonly ListKey[] = ['units', 'positions', 'people', 'topics'];

export type WorkerResponse =
  | { id: number; type: 'progress'; progress: ImportProgress }
  | { id: number; type: 'report'; report: ImportReport }
  | { id: number; type: 'need-current' }
  /**
   * After an apply, the stored data comes back in slices: one message per slice is one short
   * task on the page instead of one long freeze to copy a 100k-people organisation at once.
   */
  | { id: number; type: 'head'; head: Omit<OrgData, ListKey> }
  | { id: number; type: 'slice'; key: ListKey; records: unknown[] }
  | { id: number; type: 'applied'; meta: CurrentMeta }
  /** `name` and `code` survive the boundary so the page can tell a full disk or a stale preview. */
  | { id: number; type: 'failed'; message: string; name?: string; code?: string };
