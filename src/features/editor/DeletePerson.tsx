/**
 * "Delete this person", confirmed: the confirmation lists the seats they leave and the ones that
 * become vacant (decided by `personDeleteImpact`); afterwards the banner says what was done.
 */
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import { navigate } from '../../app/router';
import { personDeleteImpact } from '../../domain/editing/deleteImpact';
import { deletePerson, isRefusal } from '../../domain/editing/operations';
import type { OrgIndex } from '../../domain/orgIndex';
import type { Person } from '../../domain/types';
import { useEditorStore } from '../../store/editorStore';
import { ConfirmButton } from './ConfirmButton';
import { positionLabel } from './PositionPicker';

function PersonImpact({ index, personId }: { index: OrgIndex; personId: string }) {
  const { t, i18n } = useTranslation('editor');
  const draft = useEditorStore((s) => s.draft);
  if (!draft) return null;
  const { seats, vacated } = personDeleteImpact(draft, personId);
  return (
    <ul className="edit-impact" data-testid="delete-impact">
      {seats.length === 0 ? (
        <li>{t('person.deleteNoSeat')}</li>
      ) : (
        <li>
          {t('person.deleteSeats', { count: seats.length })}{' '}
          {new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
            seats.map((s) => positionLabel(index, s, i18n.language)),
          )}
        </li>
      )}
      {vacated.length > 0 && <li>{t('person.deleteVacated', { count: vacated.length })}</li>}
    </ul>
  );
}

export function DeletePerson({ index, person }: { index: OrgIndex; person: Person }) {
  const { t } = useTranslation('editor');
  return (
    <ConfirmButton
      label={t('person.delete')}
      confirm={t('person.deleteConfirm', { name: person.name })}
      onConfirm={() => {
        const { draft, apply, setMessage } = useEditorStore.getState();
        if (!draft) return;
        const result = deletePerson(draft, person.id);
        if (!apply(result) || isRefusal(result)) return;
        navigate(hrefs.directory());
        setMessage({
          kind: 'success',
          key: 'editor.deletedPerson',
          values: { ...result.label.values, name: person.name },
        });
      }}
    >
      <PersonImpact index={index} personId={person.id} />
    </ConfirmButton>
  );
}
