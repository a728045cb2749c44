/** A destructive action that asks first, in the page (no `window.confirm`: it is testable and styled). */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';

export function ConfirmButton({
  label,
  confirm,
  onConfirm,
  children,
}: {
  label: string;
  confirm: string;
  onConfirm: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation('editor');
  const [asking, setAsking] = useState(false);
  const textId = useId();
  if (!asking) {
    return (
      <button
        type="button"
        className="button button-secondary button-danger"
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div className="edit-confirm" role="alertdialog" aria-labelledby={textId} aria-modal="false">
      <p id={textId}>{confirm}</p>
      {children}
      <div className="edit-actions">
        <button
          type="button"
          className="button button-danger-solid"
          autoFocus
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {t('confirm.yes')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
          {t('confirm.no')}
        </button>
      </div>
    </div>
  );
}
