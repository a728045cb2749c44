/**
 * Format 1 → 2. Version 2 only adds optional fields (organisations and `orgId`, `idScope`,
 * headcount seats, a channel as Responsible, `reviewed`, `photo`, search settings), so every v1
 * file means the same in v2: the step only states the new version. It returns a new object and
 * never touches its input (a stored version read through it stays as stored).
 */
import type { MigrationStep } from './types';

export const v1ToV2: MigrationStep = {
  from: 1,
  to: 2,
  describe: 'format 2 adds optional fields only; the data is unchanged',
  migrate: (file) => ({ ...file, formatVersion: 2 }),
};
