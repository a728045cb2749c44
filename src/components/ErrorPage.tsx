/**
 * First start failed: say why, list every problem of the file, offer to retry, and point HR at
 * the admin page (still reachable: it can import a corrected file or change the source). Never
 * blank.
 */
import { useTranslation } from '../i18n/useTranslation';
import { hrefs } from '../app/links';
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
        {t('error.adminHint')} <a href={hrefs.admin()}>{t('error.adminLink')}</a>.
      </p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.retry')}
        </button>
      </p>
    </section>
  );
}
