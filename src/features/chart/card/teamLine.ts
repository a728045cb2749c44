/**
 * The card's team line ("17 people · 2 vacant · 4 direct"), from `domain/subtreeCounts.ts`:
 * for the React Flow card (a hook) and the SVG export (a plain function over the same words).
 */
import type { TFunction } from 'i18next';
import { useTranslation } from '../../../i18n/useTranslation';
import { teamCountsOf } from '../../../domain/subtreeCounts';
import type { OrgIndex } from '../../../domain/orgIndex';
import { useShownIndex } from '../../../store/editModeStore';

/** The line for position `id`, or `undefined` when it has no reports. */
export function teamLine(index: OrgIndex, id: string, t: TFunction<'chart'>): string | undefined {
  if (!index.reportsOf.has(id)) return undefined;
  const c = teamCountsOf(index, id);
  return [
    t('counts.people', { count: c.people }),
    t('counts.vacant', { count: c.vacant }),
    t('counts.span', { count: c.span }),
  ].join(' · ');
}

/** The team line of `id` on the shown data (the draft in edit mode); none when `id` is unset. */
export function useTeamLine(id: string | undefined): string | undefined {
  const { t } = useTranslation('chart');
  const index = useShownIndex();
  return id === undefined || !index ? undefined : teamLine(index, id, t);
}
