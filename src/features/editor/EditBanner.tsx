/** The banner of edit mode: what is going on, undo/redo, the checks, the way to publish. */
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import {
  selectCanRedo,
  selectCanUndo,
  selectChecksRevision,
  useEditorStore,
} from '../../store/editorStore';
import { useEditModeStore } from '../../store/editModeStore';

export function EditBanner() {
  const { t } = useTranslation('editor');
  const canUndo = useEditorStore(selectCanUndo);
  const canRedo = useEditorStore(selectCanRedo);
  useEditorStore(selectChecksRevision);
  // The message and the opening state are read by subscription: they can change after the last
  // checks revision (the discard's message is set once the fresh draft is open).
  const message = useEditorStore((s) => s.message);
  const opening = useEditorStore((s) => s.opening);
  // "Saved" only once IndexedDB has it: a reload before that would lose the last change.
  const saving = useEditorStore((s) => s.saving > 0);
  const { checks, cursor, edits } = useEditorStore.getState();
  const undo = useEditorStore((s) => s.undo);
  const redo = useEditorStore((s) => s.redo);
  const setMessage = useEditorStore((s) => s.setMessage);
  const errors = checks?.errorCount ?? 0;
  const warnings = checks?.warningCount ?? 0;
  const last = cursor > 0 ? edits[cursor - 1] : undefined;
  return (
    <div className="edit-banner" role="region" aria-label={t('banner.label')}>
      <p className="edit-banner-title">
        <strong>{t('banner.title')}</strong>{' '}
        <span>
          {opening
            ? t('banner.opening')
            : t(saving ? 'banner.saving' : 'banner.saved', { count: cursor })}
        </span>
      </p>
      <div className="edit-banner-actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={!canUndo}
          onClick={undo}
          aria-keyshortcuts="Control+Z"
          title={last ? t(`op.${last.label.key}`, last.label.values ?? {}) : undefined}
        >
          ↶ {t('banner.undo')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={!canRedo}
          onClick={redo}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        >
          ↷ {t('banner.redo')}
        </button>
        <a
          href={`${hrefs.admin()}`}
          className={`edit-checks ${errors > 0 ? 'edit-checks-bad' : warnings > 0 ? 'edit-checks-warn' : 'edit-checks-ok'}`}
          data-testid="check-summary"
        >
          {errors > 0 ? '⛔ ' : warnings > 0 ? '⚠ ' : '✓ '}
          {t('banner.checks', { errors, warnings })}
        </a>
        <a href={hrefs.admin()} className="button">
          {t('banner.publish')}
        </a>
        <button
          type="button"
          className="button-link"
          onClick={() => useEditModeStore.getState().setEditing(false)}
        >
          {t('banner.leave')}
        </button>
      </div>
      <div role="status" aria-live="polite" className="edit-banner-message">
        {message && (
          <p className={`edit-message edit-message-${message.kind}`}>
            {t(message.key, message.values ?? {})}{' '}
            <button
              type="button"
              className="button-icon"
              aria-label={t('banner.dismiss')}
              onClick={() => setMessage(undefined)}
            >
              ×
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
