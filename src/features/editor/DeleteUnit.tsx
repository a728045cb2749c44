/**
 * "Delete this unit", confirmed: the confirmation says where its sub-units, positions and
 * services go and what becomes of the topics it answers (decided by `unitDeleteImpact`);
 * afterwards the banner says what was done.
 */
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import { navigate } from '../../app/router';
import { unitDeleteImpact } from '../../domain/editing/deleteImpact';
import { deleteUnit, isRefusal } from '../../domain/editing/operations';
import type { OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import type { Unit } from '../../domain/types';
import { useEditorStore } from '../../store/editorStore';
import { ConfirmButton } from './ConfirmButton';

function UnitImpact({ index, unitId }: { index: OrgIndex; unitId: string }) {
  const { t, i18n } = useTranslation('editor');
  const draft = useEditorStore((s) => s.draft);
  if (!draft) return null;
  const impact = unitDeleteImpact(draft, unitId);
  const parentUnit =
    impact.parentId === undefined ? undefined : index.unitById.get(impact.parentId);
  const parent = parentUnit ? localize(parentUnit.name, i18n.language) : undefined;
  const line = (key: string, count: number) =>
    count > 0 ? (
      <li key={key}>
        {parent === undefined
          ? t(`unit.deleteTop.${key}`, { count })
          : t(`unit.deleteMove.${key}`, { count, parent })}
      </li>
    ) : null;
  const lines = [
    line('subUnits', impact.subUnits.length),
    line('positions', impact.positions.length),
    line('topics', impact.topics.length),
    impact.channelsKept.length > 0 ? (
      <li key="kept">{t('unit.deleteChannelsKept', { count: impact.channelsKept.length })}</li>
    ) : null,
    impact.channelsLost.length > 0 ? (
      <li key="lost">{t('unit.deleteChannelsLost', { count: impact.channelsLost.length })}</li>
    ) : null,
  ].filter(Boolean);
  return (
    <ul className="edit-impact" data-testid="delete-impact">
      {lines.length > 0 ? lines : <li>{t('unit.deleteNothing')}</li>}
    </ul>
  );
}

export function DeleteUnit({ index, unit }: { index: OrgIndex; unit: Unit }) {
  const { t, i18n } = useTranslation('editor');
  const name = localize(unit.name, i18n.language);
  return (
    <ConfirmButton
      label={t('unit.delete')}
      confirm={t('unit.deleteConfirm', { name })}
      onConfirm={() => {
        const { draft, apply, setMessage } = useEditorStore.getState();
        if (!draft) return;
        const result = deleteUnit(draft, unit.id);
        if (!apply(result) || isRefusal(result)) return;
        const parent = unit.parentId === undefined ? undefined : index.unitById.get(unit.parentId);
        navigate(parent ? hrefs.unit(parent.id) : hrefs.directory());
        setMessage({
          kind: 'success',
          key: parent ? 'editor.deletedUnit' : 'editor.deletedTopUnit',
          values: {
            ...result.label.values,
            name,
            parent: parent ? localize(parent.name, i18n.language) : '',
          },
        });
      }}
    >
      <UnitImpact index={index} unitId={unit.id} />
    </ConfirmButton>
  );
}
