/** Adds a person from their name (and, optionally, the seat they take), then opens their record. */
import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import { navigate } from '../../app/router';
import { addPerson, assignPerson, combineEdits, isRefusal } from '../../domain/editing/operations';
import { applyEdit } from '../../domain/editing/draft';
import { useEditorStore } from '../../store/editorStore';

/** With `positionId`, the new person takes that seat in the same undo step. */
export function AddPersonForm({ positionId }: { positionId?: string }) {
  const { t } = useTranslation('editor');
  const id = useId();
  const [name, setName] = useState('');
  const label = positionId ? t('addPerson.inSeat') : t('addPerson.name');
  return (
    <form
      className="edit-subsection edit-add"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        const { draft, apply } = useEditorStore.getState();
        const trimmed = name.trim();
        if (!draft || trimmed === '') return;
        const added = addPerson(draft, { name: trimmed });
        const personId = added.changes[0]?.id ?? '';
        let edit = added;
        if (positionId !== undefined) {
          const seat = assignPerson(applyEdit(draft, added).draft, positionId, personId);
          if (!isRefusal(seat)) edit = combineEdits(added.label, [added, seat]);
        }
        if (apply(edit)) {
          setName('');
          if (positionId === undefined) navigate(hrefs.person(personId));
        }
      }}
    >
      <h3 id={`${id}-h`}>{positionId ? t('addPerson.seatHeading') : t('addPerson.heading')}</h3>
      <div className="edit-field">
        <label htmlFor={`${id}-name`}>{label}</label>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <button type="submit" className="button button-secondary" disabled={name.trim() === ''}>
        {t('addPerson.submit')}
      </button>
    </form>
  );
}
