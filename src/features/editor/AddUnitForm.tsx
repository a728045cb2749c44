/** Adds a unit from its English and French names under a parent unit, then opens its record. */
import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { UnitSelect } from '../../components/UnitSelect';
import { hrefs } from '../../app/links';
import { navigate } from '../../app/router';
import { addUnit } from '../../domain/editing/operations';
import type { OrgIndex } from '../../domain/orgIndex';
import type { UnitType } from '../../domain/types';
import { useEditorStore } from '../../store/editorStore';
import { NameFields, nameFromTyped, noTypedName } from './NameFields';
import { UnitTypeSelect } from './UnitTypeSelect';

/** With `parentId`, a sub-unit of that unit (no parent to choose). */
export function AddUnitForm({ index, parentId }: { index: OrgIndex; parentId?: string }) {
  const { t } = useTranslation('editor');
  const id = useId();
  const [typed, setTyped] = useState(noTypedName);
  const [parent, setParent] = useState('');
  const [type, setType] = useState<UnitType>(parentId ? 'team' : 'department');
  const name = nameFromTyped(typed);
  return (
    <form
      className="edit-subsection edit-add"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        const { draft, apply } = useEditorStore.getState();
        if (!draft || !name) return;
        const under = parentId ?? (parent || undefined);
        const edit = addUnit(draft, {
          name,
          type,
          ...(under !== undefined ? { parentId: under } : {}),
        });
        if (apply(edit)) {
          setTyped(noTypedName);
          navigate(hrefs.unit(edit.changes[0]?.id ?? ''));
        }
      }}
    >
      <h3 id={`${id}-h`}>{parentId ? t('addUnit.subHeading') : t('addUnit.heading')}</h3>
      <NameFields
        value={typed}
        onChange={setTyped}
        labels={{ en: t('addUnit.nameEn'), fr: t('addUnit.nameFr') }}
      />
      <UnitTypeSelect value={type} onChange={setType} />
      {parentId === undefined && (
        <UnitSelect
          index={index}
          label={t('unit.parent')}
          value={parent}
          onChange={setParent}
          emptyLabel={t('none')}
          max={Infinity}
          className="edit-field"
        />
      )}
      <button type="submit" className="button button-secondary" disabled={!name}>
        {t('addUnit.submit')}
      </button>
    </form>
  );
}
