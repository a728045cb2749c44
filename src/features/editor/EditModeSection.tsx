/** The admin page's "Edit" switch; the draft's controls load only once editing is on. */
import { readOnlyBuild } from '../../app/buildFlags';
import { lazy, Suspense } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { selectEditMode, useEditModeStore } from '../../store/editModeStore';

const DraftPanel = lazy(() => (__EDITING_ENABLED__ ? import('./DraftPanel') : readOnlyBuild()));

export function EditModeSection() {
  const { t } = useTranslation('editor');
  const editing = useEditModeStore(selectEditMode);
  const setEditing = useEditModeStore((s) => s.setEditing);
  return (
    <section className="card admin-section" aria-labelledby="edit-heading">
      <h2 id="edit-heading">{t('section.heading')}</h2>
      <p className="muted">{t('section.help')}</p>
      <div className="edit-field edit-check">
        <input
          id="edit-mode-switch"
          type="checkbox"
          role="switch"
          checked={editing}
          onChange={(e) => setEditing(e.target.checked)}
        />
        <label htmlFor="edit-mode-switch">{t('section.switch')}</label>
      </div>
      {editing && (
        <Suspense fallback={<p className="muted">{t('banner.opening')}</p>}>
          <DraftPanel />
        </Suspense>
      )}
    </section>
  );
}
