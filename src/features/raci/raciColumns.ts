/** The position columns of the RACI matrix: each position's title and its spoken label. */
import { useMemo } from 'react';
import { holdersOf, type OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';

export interface RaciColumn {
  id: string;
  title: string;
  /** "Title (holders)": the header's name and the cells' label. */
  label: string;
}

export function useRaciColumns(
  index: OrgIndex,
  positionIds: readonly string[],
  lang: string,
): RaciColumn[] {
  return useMemo(
    () =>
      positionIds.map((id) => {
        const title = localize(index.positionById.get(id)?.title, lang);
        const holders = holdersOf(index, id).map((p) => p.name);
        return {
          id,
          title,
          label: holders.length > 0 ? `${title} (${holders.join(', ')})` : title,
        };
      }),
    [index, positionIds, lang],
  );
}
