import { useTranslation } from '../i18n/useTranslation';
import { hrefs } from '../app/links';
import { usePageTitle } from '../app/usePageTitle';

export function NotFoundPage() {
  const { t } = useTranslation('common');
  usePageTitle(t('notFound.title'));
  return (
    <section className="page not-found-page">
      <h1>{t('notFound.title')}</h1>
      <p className="muted">{t('notFound.text')}</p>
      <p>
        <a className="button" href={hrefs.search()}>
          {t('notFound.home')}
        </a>
      </p>
    </section>
  );
}
