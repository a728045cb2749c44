/** Progress of the analysis (runs in a worker, so the page keeps responding). */
import { useTranslation } from '../../i18n/useTranslation';
import type { ImportProgress } from '../../import/pipeline';

export function ImportProgressBar({
  progress,
  fileName,
}: {
  progress: ImportProgress | undefined;
  fileName: string;
}) {
  const { t } = useTranslation('admin');
  const percent = Math.round((progress?.fraction ?? 0) * 100);
  return (
    <div className="import-progress" role="status">
      <p>
        {t('import.analysing', { file: fileName })}{' '}
        {progress && <span className="muted">{t(`import.stage.${progress.stage}`)}</span>}
      </p>
      <progress max={100} value={percent} aria-label={t('import.progressLabel')}>
        {percent}%
      </progress>
    </div>
  );
}
