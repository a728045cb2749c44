/** Messages between the publish client and its worker. */
import type { CurrentMeta } from '../db/database';

export interface PublishRequest {
  id: number;
  publishedAt: string;
}

export type PublishResponse =
  | { id: number; type: 'published'; meta: CurrentMeta; file: Blob }
  | {
      id: number;
      type: 'failed';
      name: string;
      code?: string;
      message: string;
      currentVersionId?: number;
      errorCount?: number;
    };
