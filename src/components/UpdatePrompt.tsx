/** "A new version is ready — Reload": shown when a new app version waits (src/app/serviceWorker.ts). */
import { useTranslation } from '../i18n/useTranslation';
import { dismissUpdate, reloadToUpdate, useUpdateReady } from '../app/updateState';

export function UpdatePrompt() {
  const { t } = useTranslation('common');
  const ready = useUpdateReady();
  return (
    <div className="update-area" role="status" aria-live="polite">
      {ready && (
        <div className="notice notice-info update-prompt" data-testid="update-prompt">
          <p className="notice-text">{t('update.ready')}</p>
          <div className="notice-actions">
            <button type="button" className="button" onClick={reloadToUpdate}>
              {t('update.reload')}
            </button>
            <button type="button" className="button-link" onClick={dismissUpdate}>
              {t('update.later')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
