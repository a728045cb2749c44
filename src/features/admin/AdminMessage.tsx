/** The outcome of the last action (applied, restored, failed), announced to screen readers. */
import { useTranslation } from '../../i18n/useTranslation';
import { selectMessage, useAdminStore } from '../../store/adminStore';

export function AdminMessage() {
  const { t } = useTranslation('admin');
  const message = useAdminStore(selectMessage);
  return (
    <div role={message?.kind === 'error' ? 'alert' : 'status'} className="admin-message-area">
      {message && (
        <p className={`admin-message admin-message-${message.kind}`} data-testid="admin-message">
          {t(message.key, message.values ?? {})}
          {message.action === 'recheck' && (
            <>
              {' '}
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void useAdminStore.getState().recheck()}
              >
                {t('import.recheck')}
              </button>
            </>
          )}
        </p>
      )}
    </div>
  );
}
