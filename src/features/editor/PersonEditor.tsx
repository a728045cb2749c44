/**
 * Editing a person in the draft (`#/person/:id` in edit mode): name, channels, location, time
 * zone, languages, hours, "ask me about", away until; delete (confirmed, seats they leave listed).
 */
import { useTranslation } from '../../i18n/useTranslation';
import type { OrgIndex } from '../../domain/orgIndex';
import type { Person } from '../../domain/types';
import { DeletePerson } from './DeletePerson';
import { EditSection, LocalizedField, LocalizedListField, TextField } from './fields';
import { useRecordEditor } from './useRecordEditor';

export function PersonEditor({ index, personId }: { index: OrgIndex; personId: string }) {
  const { t } = useTranslation('editor');
  const { record: person, set, problems } = useRecordEditor<Person>('people', personId);
  if (!person) return <p className="muted">{t('notInDraft', { id: personId })}</p>;
  const text = (field: keyof Person, label: string, type?: 'email' | 'tel' | 'date') => (
    <TextField
      label={label}
      {...(type ? { type } : {})}
      value={typeof person[field] === 'string' ? person[field] : ''}
      onChange={(v) => set(field, field === 'name' ? v : v || undefined)}
      problems={problems(field)}
    />
  );
  return (
    <div className="record-editor" aria-label={t('person.editorLabel')} role="group">
      <EditSection title={t('person.heading')}>
        {text('name', t('person.name'))}
        {text('email', t('channel.email'), 'email')}
        {text('phone', t('channel.phone'), 'tel')}
        {text('chat', t('channel.chat'))}
        <LocalizedField
          label={t('person.location')}
          value={person.location}
          onChange={(v) => set('location', v)}
          problems={problems('location')}
        />
        {text('timeZone', t('person.timeZone'))}
        <TextField
          label={t('person.languages')}
          hint={t('person.languagesHint')}
          value={(person.languages ?? []).join(', ')}
          onChange={(v) => {
            const list = v
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean);
            set('languages', list.length ? list : undefined);
          }}
          problems={problems('languages')}
        />
        <LocalizedField
          label={t('person.hours')}
          value={person.hours}
          onChange={(v) => set('hours', v)}
          problems={problems('hours')}
        />
        <LocalizedListField
          label={t('person.askMeAbout')}
          value={person.askMeAbout}
          onChange={(v) => set('askMeAbout', v)}
          problems={problems('askMeAbout')}
        />
        {text('awayUntil', t('person.awayUntil'), 'date')}
      </EditSection>
      <DeletePerson index={index} person={person} />
    </div>
  );
}
