/** The side panel with the selected role's record; links inside stay on the chart. */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import type { OrgIndex } from '../../domain/orgIndex';
import { RoleRecord } from '../records/RoleRecord';

interface Props {
  index: OrgIndex;
  positionId: string;
  onClose: () => void;
  /** Opens the export dialog on this role's team. */
  onExportTeam: () => void;
}

export function RecordPanel({ index, positionId, onClose, onExportTeam }: Props) {
  const { t } = useTranslation('chart');
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.scrollTo?.({ top: 0 });
  }, [positionId]);
  return (
    <aside
      className="wf-panel"
      ref={panel}
      aria-label={t('panel.label')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <RoleRecord
        index={index}
        positionId={positionId}
        positionHref={hrefs.chartNode}
        actions={
          <div className="wf-panel-actions">
            {/* The two may wrap on a narrow sheet (French); ✕ stays in the corner. */}
            <div className="wf-panel-links">
              <a className="button button-secondary" href={hrefs.position(positionId)}>
                {t('panel.open')}
              </a>
              <button type="button" className="button button-secondary" onClick={onExportTeam}>
                {t('panel.exportTeam')}
              </button>
            </div>
            <button
              type="button"
              className="button-icon"
              onClick={onClose}
              aria-label={t('panel.close')}
            >
              <span aria-hidden="true">✕</span>
            </button>
          </div>
        }
      />
    </aside>
  );
}
