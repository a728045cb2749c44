/**
 * Editing a unit in the draft (`#/unit/:id` in edit mode): name, mission, parent, colour, contact;
 * add a sub-unit; delete (confirmed, with where its records go).
 */
import { useTranslation } from '../../i18n/useTranslation';
import { UnitSelect } from '../../components/UnitSelect';
import type { OrgIndex } from '../../domain/orgIndex';
import type { Unit } from '../../domain/types';
import { AddUnitForm } from './AddUnitForm';
import { ChannelsFields, withChannel } from './ChannelsFields';
import { DeleteUnit } from './DeleteUnit';
import { EditSection, FieldProblems, LocalizedField, TextField } from './fields';
import { UnitTypeSelect } from './UnitTypeSelect';
import { useRecordEditor } from './useRecordEditor';

export function UnitEditor({ index, unitId }: { index: OrgIndex; unitId: string }) {
  const { t } = useTranslation('editor');
  const { record: unit, set, problems } = useRecordEditor<Unit>('units', unitId);
  if (!unit) return <p className="muted">{t('notInDraft', { id: unitId })}</p>;
  return (
    <div className="record-editor" aria-label={t('unit.editorLabel')} role="group">
      <EditSection title={t('unit.heading')}>
        <LocalizedField
          label={t('unit.name')}
          value={unit.name}
          onChange={(v) => set('name', v ?? '')}
          problems={problems('name')}
        />
        <LocalizedField
          label={t('unit.mission')}
          value={unit.mission}
          onChange={(v) => set('mission', v)}
          multiline
          problems={problems('mission')}
        />
        <UnitTypeSelect value={unit.type} onChange={(type) => set('type', type)} />
        <UnitSelect
          index={index}
          label={t('unit.parent')}
          value={unit.parentId ?? ''}
          onChange={(id) => set('parentId', id || undefined)}
          exclude={unitId}
          emptyLabel={t('none')}
          max={Infinity}
          className="edit-field"
        >
          <FieldProblems id={`parent-${unitId}-problems`} problems={problems('parentId')} />
        </UnitSelect>
        <TextField
          label={t('unit.color')}
          hint={t('unit.colorHint')}
          value={unit.color ?? ''}
          onChange={(v) => set('color', v || undefined)}
          problems={problems('color')}
        />
      </EditSection>
      <EditSection title={t('unit.contact')}>
        <ChannelsFields
          value={unit.contact}
          onChange={(field, next) => set('contact', withChannel(unit.contact, field, next))}
          problems={(field) => problems(`contact.${field}`)}
        />
      </EditSection>
      <AddUnitForm index={index} parentId={unitId} />
      <DeleteUnit index={index} unit={unit} />
    </div>
  );
}
