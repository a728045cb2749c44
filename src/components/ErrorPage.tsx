/** First start failed: say why, list every problem of the file, offer to retry. Never blank. */
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import type { Problem } from '../domain/problems';
import { ProblemList } from './ProblemList';

export function ErrorPage({ problems, source }: { problems: readonly Problem[]; source: string }) {
  const { t } = useTranslation('common');
  usePageTitle(t('error.title'));
  return (
    <section className="page error-page" data-testid="load-error">
      <h1>{t('error.title')}</h1>
      <p>{t('error.intro', { source })}</p>
      <ProblemList problems={problems} />
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.retry')}
        </button>
      </p>
    </section>
  );
}
