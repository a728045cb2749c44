/**
 * Messages about the data (newer data applied, refresh refused…) from `orgStore.notice`.
 * A refused refresh can show its problems in place.
 */
import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { selectNotice, selectProblems, useOrgStore } from '../store/orgStore';
import { ProblemList } from './ProblemList';

export function NoticeArea() {
  const { t } = useTranslation('common');
  const notice = useOrgStore(selectNotice);
  const problems = useOrgStore(selectProblems);
  const setNotice = useOrgStore((s) => s.setNotice);
  const [open, setOpen] = useState(false);
  return (
    <div className="notice-area" role="status" aria-live="polite" aria-label={t('notice.label')}>
      {notice && (
        <div className={`notice notice-${notice.kind}`} data-testid="notice">
          <p className="notice-text">{t(notice.key, notice.values ?? {})}</p>
          <div className="notice-actions">
            {problems.length > 0 && notice.kind !== 'info' && (
              <button
                type="button"
                className="button-link"
                aria-expanded={open}
                onClick={() => setOpen(!open)}
              >
                {t(open ? 'notice.hideProblems' : 'notice.showProblems')}
              </button>
            )}
            <button
              type="button"
              className="button-icon"
              aria-label={t('notice.dismiss')}
              onClick={() => {
                setOpen(false);
                setNotice(undefined);
              }}
            >
              ×
            </button>
          </div>
          {open && (
            // Opened by the user: not announced as a live update.
            <div aria-live="off" className="notice-problems">
              <ProblemList problems={problems} />
            </div>
          )}
        </div>
      )}
    </div>
  );
}
