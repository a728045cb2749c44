/** Choosing a position among thousands by title, holders or id (see RecordPicker). */
import { useCallback } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { holdersOf, type OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import { RecordPicker } from './RecordPicker';

export function positionLabel(index: OrgIndex, id: string, lang: string): string {
  const title = localize(index.positionById.get(id)?.title, lang) || id;
  const names = holdersOf(index, id)
    .map((p) => p.name)
    .join(', ');
  return `${title}${names ? ` — ${names}` : ''} (${id})`;
}

export function PositionPicker({
  index,
  label,
  onPick,
  exclude,
}: {
  index: OrgIndex;
  label: string;
  onPick: (id: string) => void;
  exclude?: (id: string) => boolean;
}) {
  const { t, i18n } = useTranslation('editor');
  const lang = i18n.language;
  const ids = useCallback(() => index.positionById.keys(), [index]);
  const has = useCallback((id: string) => index.positionById.has(id), [index]);
  const labelOf = useCallback((id: string) => positionLabel(index, id, lang), [index, lang]);
  return (
    <RecordPicker
      label={label}
      hint={t('picker.hint')}
      ids={ids}
      has={has}
      labelOf={labelOf}
      onPick={onPick}
      exclude={exclude}
    />
  );
}
