/** Creates a topic from its English and French names, then opens it for editing. */
import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import { navigate } from '../../app/router';
import { addTopic } from '../../domain/editing/operations';
import { useEditorStore } from '../../store/editorStore';
import { NameFields, nameFromTyped, noTypedName } from './NameFields';

export function AddTopicForm() {
  const { t } = useTranslation('editor');
  const id = useId();
  const [typed, setTyped] = useState(noTypedName);
  return (
    <form
      className="edit-subsection edit-add"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        const { draft, apply } = useEditorStore.getState();
        const name = nameFromTyped(typed);
        if (!draft || !name) return;
        const edit = addTopic(draft, { name });
        if (apply(edit)) {
          setTyped(noTypedName);
          navigate(hrefs.topic(edit.changes[0]?.id ?? ''));
        }
      }}
    >
      <h3 id={`${id}-h`}>{t('addTopic.heading')}</h3>
      <NameFields
        value={typed}
        onChange={setTyped}
        labels={{ en: t('addTopic.nameEn'), fr: t('addTopic.nameFr') }}
      />
      <button type="submit" className="button">
        {t('addTopic.submit')}
      </button>
    </form>
  );
}
