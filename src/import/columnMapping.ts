/**
 * The column mapping of flat people lists. The mapping itself lives in `mapping.ts`, its
 * detection in `detect.ts` (headings from `headings.ts`, content, quirks); this module keeps
 * the older entry points that take headings and rows.
 */
import { detectMapping as detectTableMapping } from './detect';
import type { ColumnMapping } from './mapping';

export {
  MAPPED_FIELDS,
  mappingGaps,
  readMappingJson,
  type ColumnMapping,
  type ManagerMatch,
  type MappedField,
} from './mapping';
export { normalizeHeading } from './headings';

/** Guess the mapping from the headings and the rows' content. */
export function detectMapping(
  headings: readonly string[],
  rows: readonly Record<string, string>[] = [],
): ColumnMapping {
  return detectTableMapping({ headings: [...headings], rows: [...rows], firstRowNumber: 2 });
}
