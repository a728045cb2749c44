/** Creates a topic from its English and French names, then opens it for editing. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefs } from '../../app/links';
import { navigate } from '../../app/router';
import { addTopic } from '../../domain/editing/operations';
import { useEditorStore } from '../../store/editorStore';

export function AddTopicForm() {
  const { t } = useTranslation('editor');
  const id = useId();
  const [en, setEn] = useState('');
  const [fr, setFr] = useState('');
  return (
    <form
      className="edit-subsection edit-add"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        const { draft, apply } = useEditorStore.getState();
        if (!draft || (en.trim() === '' && fr.trim() === '')) return;
        const name = {
          ...(en.trim() ? { en: en.trim() } : {}),
          ...(fr.trim() ? { fr: fr.trim() } : {}),
        };
        const edit = addTopic(draft, { name });
        if (apply(edit)) {
          setEn('');
          setFr('');
          navigate(hrefs.topic(edit.changes[0]?.id ?? ''));
        }
      }}
    >
      <h3 id={`${id}-h`}>{t('addTopic.heading')}</h3>
      <div className="edit-field">
        <label htmlFor={`${id}-en`}>{t('addTopic.nameEn')}</label>
        <input
          id={`${id}-en`}
          lang="en"
          type="text"
          value={en}
          onChange={(e) => setEn(e.target.value)}
        />
      </div>
      <div className="edit-field">
        <label htmlFor={`${id}-fr`}>{t('addTopic.nameFr')}</label>
        <input
          id={`${id}-fr`}
          lang="fr"
          type="text"
          value={fr}
          onChange={(e) => setFr(e.target.value)}
        />
      </div>
      <button type="submit" className="button">
        {t('addTopic.submit')}
      </button>
    </form>
  );
}
