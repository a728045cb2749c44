/** Choosing a person among thousands by name, email or id (see RecordPicker). */
import { useCallback } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { OrgIndex } from '../../domain/orgIndex';
import { RecordPicker } from './RecordPicker';

export function personLabel(index: OrgIndex, id: string): string {
  const person = index.personById.get(id);
  return person ? `${person.name} (${id})` : id;
}

export function PersonPicker({
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
  const { t } = useTranslation('editor');
  const ids = useCallback(() => index.personById.keys(), [index]);
  const has = useCallback((id: string) => index.personById.has(id), [index]);
  const labelOf = useCallback((id: string) => personLabel(index, id), [index]);
  const haystackOf = useCallback(
    (id: string) => {
      const person = index.personById.get(id);
      return `${person?.name ?? ''} ${person?.email ?? ''} ${id}`;
    },
    [index],
  );
  return (
    <RecordPicker
      label={label}
      hint={t('picker.personHint')}
      ids={ids}
      has={has}
      labelOf={labelOf}
      haystackOf={haystackOf}
      onPick={onPick}
      exclude={exclude}
    />
  );
}
