/** Adds a unit from its English and French names under a parent unit, then opens its record. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefs } from '../../app/links';
import { navigate } from '../../app/router';
import { addUnit } from '../../domain/editing/operations';
import type { OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import type { UnitType } from '../../domain/types';
import { useEditorStore } from '../../store/editorStore';
import { UnitTypeSelect } from './UnitTypeSelect';

/** With `parentId`, a sub-unit of that unit (no parent to choose). */
export function AddUnitForm({ index, parentId }: { index: OrgIndex; parentId?: string }) {
  const { t, i18n } = useTranslation('editor');
  const id = useId();
  const [en, setEn] = useState('');
  const [fr, setFr] = useState('');
  const [parent, setParent] = useState('');
  const [type, setType] = useState<UnitType>(parentId ? 'team' : 'department');
  const empty = en.trim() === '' && fr.trim() === '';
  return (
    <form
      className="edit-subsection edit-add"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        const { draft, apply } = useEditorStore.getState();
        if (!draft || empty) return;
        const under = parentId ?? (parent || undefined);
        const edit = addUnit(draft, {
          name: {
            ...(en.trim() ? { en: en.trim() } : {}),
            ...(fr.trim() ? { fr: fr.trim() } : {}),
          },
          type,
          ...(under !== undefined ? { parentId: under } : {}),
        });
        if (apply(edit)) {
          setEn('');
          setFr('');
          navigate(hrefs.unit(edit.changes[0]?.id ?? ''));
        }
      }}
    >
      <h3 id={`${id}-h`}>{parentId ? t('addUnit.subHeading') : t('addUnit.heading')}</h3>
      <div className="edit-field">
        <label htmlFor={`${id}-en`}>{t('addUnit.nameEn')}</label>
        <input
          id={`${id}-en`}
          lang="en"
          type="text"
          value={en}
          onChange={(e) => setEn(e.target.value)}
        />
      </div>
      <div className="edit-field">
        <label htmlFor={`${id}-fr`}>{t('addUnit.nameFr')}</label>
        <input
          id={`${id}-fr`}
          lang="fr"
          type="text"
          value={fr}
          onChange={(e) => setFr(e.target.value)}
        />
      </div>
      <UnitTypeSelect value={type} onChange={setType} />
      {parentId === undefined && (
        <div className="edit-field">
          <label htmlFor={`${id}-parent`}>{t('unit.parent')}</label>
          <select id={`${id}-parent`} value={parent} onChange={(e) => setParent(e.target.value)}>
            <option value="">{t('none')}</option>
            {[...index.unitById.values()].map((u) => (
              <option key={u.id} value={u.id}>
                {localize(u.name, i18n.language)}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="button button-secondary" disabled={empty}>
        {t('addUnit.submit')}
      </button>
    </form>
  );
}
