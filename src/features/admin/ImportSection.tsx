/** Import: choose, drop or paste a file; it is checked in a worker, then previewed. */
import { useTranslation } from '../../i18n/useTranslation';
import { selectPhase, selectProgress, useAdminStore } from '../../store/adminStore';
import { ImportInput } from './ImportInput';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportResult } from './ImportResult';

export function ImportSection() {
  const { t } = useTranslation('admin');
  const phase = useAdminStore(selectPhase);
  const progress = useAdminStore(selectProgress);
  const fileName = useAdminStore((s) => s.pending?.fileName ?? '');
  const hasAnalysis = useAdminStore((s) => s.analysis !== undefined);
  const analyseFile = useAdminStore((s) => s.analyseFile);
  const analyseText = useAdminStore((s) => s.analyseText);
  const showInput = phase === 'idle' || (phase === 'analysing' && !hasAnalysis);
  return (
    <section className="card admin-section" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('import.heading')}</h2>
      <p className="muted">{t('import.help')}</p>
      {showInput && (
        <ImportInput
          disabled={phase === 'analysing'}
          onFile={(file) => void analyseFile(file)}
          onText={(text) => void analyseText(text, t('import.pastedName'))}
        />
      )}
      {phase === 'analysing' && <ImportProgressBar progress={progress} fileName={fileName} />}
      {phase !== 'idle' && <ImportResult />}
    </section>
  );
}
