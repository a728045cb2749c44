/**
 * The admin page's editing section while edit mode is on: the author note, the live checks,
 * adding a topic, a person or a unit, the preview (the import's diff view, draft against the current data), publish
 * (a new version, then the org file downloads for hosting) and discard (confirmed).
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { diffOrg } from '../../domain/diff';
import { localize } from '../../domain/text';
import { todayIso } from '../../domain/orgIndex';
import { useEditorStore } from '../../store/editorStore';
import { DiffPreview } from '../admin/DiffPreview';
import { downloadBlob, exportFileName } from '../../components/download';
import { useShownIndex } from '../../store/editModeStore';
import { AddPersonForm } from './AddPersonForm';
import { AddTopicForm } from './AddTopicForm';
import { AddUnitForm } from './AddUnitForm';
import { ChecksPanel } from './ChecksPanel';
import { ConfirmButton } from './ConfirmButton';
import SheetTools from './SheetTools';
import './editor.css';

const SHEET_KINDS = ['raci', 'services'] as const;

export default function DraftPanel() {
  const { t } = useTranslation('editor');
  const noteId = useId();
  const draft = useEditorStore((s) => s.draft);
  const base = useEditorStore((s) => s.base);
  const note = useEditorStore((s) => s.note);
  const busy = useEditorStore((s) => s.busy);
  const message = useEditorStore((s) => s.message);
  const errors = useEditorStore((s) => s.checks?.errorCount ?? 0);
  useEditorStore((s) => s.checksRevision);
  const index = useShownIndex();
  const [preview, setPreview] = useState(false);
  const diff = useMemo(
    () => (preview && draft && base ? diffOrg(base, draft.data) : undefined),
    [preview, draft, base],
  );
  if (!draft) return <p className="muted">{t('banner.opening')}</p>;
  const publish = async () => {
    const published = await useEditorStore.getState().publish();
    if (published) {
      setPreview(false);
      downloadBlob(
        published.file,
        exportFileName(localize(draft.data.organisation.name, 'en'), todayIso(), 'json'),
      );
    }
  };
  return (
    <div className="draft-panel">
      <div className="edit-field">
        <label htmlFor={noteId}>{t('draft.note')}</label>
        <textarea
          id={noteId}
          rows={2}
          value={note}
          onChange={(e) => useEditorStore.getState().setNote(e.target.value)}
          aria-describedby={`${noteId}-hint`}
        />
        <p id={`${noteId}-hint`} className="muted edit-hint">
          {t('draft.noteHint')}
        </p>
      </div>
      <AddTopicForm />
      <AddPersonForm />
      {index && <AddUnitForm index={index} />}
      <SheetTools kinds={SHEET_KINDS} />
      <ChecksPanel />
      <div className="edit-actions">
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={preview}
          onClick={() => setPreview(!preview)}
        >
          {preview ? t('draft.hidePreview') : t('draft.preview')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy !== undefined || errors > 0}
          aria-describedby={errors > 0 ? `${noteId}-blocked` : undefined}
          onClick={() => void publish()}
        >
          {busy === 'publishing' ? t('draft.publishing') : t('draft.publish')}
        </button>
        <ConfirmButton
          label={t('draft.discard')}
          confirm={t('draft.discardConfirm')}
          onConfirm={() => void useEditorStore.getState().discard()}
        />
      </div>
      {errors > 0 && (
        <p id={`${noteId}-blocked`} className="muted">
          {t('draft.blocked', { count: errors })}
        </p>
      )}
      {message?.key === 'editor.stale' && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void useEditorStore.getState().rebase()}
        >
          {t('draft.rebase')}
        </button>
      )}
      {diff && <DiffPreview diff={diff} />}
    </div>
  );
}
