/** The checked file: what it is, its column mapping, its problems, the preview, and apply. */
import { useTranslation } from '../../i18n/useTranslation';
import { ProblemList } from '../../components/ProblemList';
import { hasErrors } from '../../domain/problems';
import { selectAnalysis, selectPhase, useAdminStore } from '../../store/adminStore';
import { DiffPreview } from './DiffPreview';
import { formatBytes } from '../../components/download';
import { MappingStep } from './MappingStep';
import { SetAsideList } from './SetAsideList';
import { ImportModeChoice } from './ImportModeChoice';

export function ImportResult() {
  const { t, i18n } = useTranslation('admin');
  const analysis = useAdminStore(selectAnalysis);
  const phase = useAdminStore(selectPhase);
  const setMapping = useAdminStore((s) => s.setMapping);
  const setReadOptions = useAdminStore((s) => s.setReadOptions);
  const apply = useAdminStore((s) => s.apply);
  const reset = useAdminStore((s) => s.reset);
  if (!analysis) return null;
  const blocked = hasErrors(analysis.problems) || !analysis.applicable;
  const warnings = analysis.problems.some((p) => p.severity === 'warning');
  const busy = phase === 'applying' || phase === 'analysing';
  const applied = phase === 'applied';
  return (
    <div className="import-result" data-testid="import-result">
      <p className="import-file">
        {t('import.fileSummary', {
          file: analysis.fileName,
          format: t(`import.format.${analysis.format}`),
          size: formatBytes(analysis.bytes, i18n.language),
        })}
      </p>
      {analysis.flat && (
        <MappingStep
          flat={analysis.flat}
          read={analysis.read}
          disabled={busy || applied}
          onChange={(m) => void setMapping(m)}
          onReadChange={(read) => void setReadOptions(read)}
        />
      )}
      {!applied && <ImportModeChoice disabled={busy} />}
      {!applied && (
        <p
          className={`import-status ${blocked ? 'import-status-error' : 'import-status-ok'}`}
          data-testid="import-status"
        >
          {blocked
            ? t('import.invalid')
            : warnings
              ? t('import.validWithWarnings')
              : t('import.valid')}
        </p>
      )}
      {analysis.problems.length > 0 && (
        <ProblemList problems={analysis.problems} className="import-problems" />
      )}
      {analysis.flat && !applied && (
        <SetAsideList flat={analysis.flat} fileName={analysis.fileName} />
      )}
      {analysis.diff && !applied && (
        <DiffPreview
          diff={analysis.diff}
          {...(analysis.summary ? { summary: analysis.summary } : {})}
        />
      )}
      <div className="import-actions">
        {!blocked && !applied && (
          <button type="button" className="button" disabled={busy} onClick={() => void apply()}>
            {phase === 'applying' ? t('import.applying') : t('import.apply')}
          </button>
        )}
        <button
          type="button"
          className="button button-secondary"
          disabled={phase === 'applying'}
          onClick={reset}
        >
          {applied || blocked ? t('import.another') : t('import.cancel')}
        </button>
      </div>
    </div>
  );
}
