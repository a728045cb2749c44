/**
 * Edit mode: a position keeps its column while HR edits the matrix, even once its last letter
 * is taken away (the matrix shows only lettered positions: the column, and the cell with the
 * keyboard focus, would vanish under the cursor, and every cell to its right would shift).
 * The columns seen since the view (unit, breaches filter) opened stay, in the file's order.
 */
import { useMemo, useRef } from 'react';
import type { OrgIndex } from '../../domain/orgIndex';
import type { RaciMatrix } from '../../domain/raci';

export function useStableColumns(
  index: OrgIndex | undefined,
  matrix: RaciMatrix | undefined,
  viewKey: string,
  editing: boolean,
): RaciMatrix | undefined {
  const seen = useRef<{ key: string; ids: Set<string> }>({ key: viewKey, ids: new Set() });
  return useMemo(() => {
    if (!editing || !index || !matrix) return matrix;
    if (seen.current.key !== viewKey) seen.current = { key: viewKey, ids: new Set() };
    const ids = seen.current.ids;
    for (const id of matrix.positionIds) ids.add(id);
    // The current columns are a subset of those seen: the same size, the same set.
    if (ids.size === matrix.positionIds.length) return matrix;
    const positionIds = [...index.positionById.keys()].filter((id) => ids.has(id));
    return { ...matrix, positionIds };
  }, [index, matrix, viewKey, editing]);
}
