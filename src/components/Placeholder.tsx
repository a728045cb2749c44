/** A page that is not built yet: its name and "coming soon". Feature owners replace it. */
import { useTranslation } from '../i18n/useTranslation';
import { usePageTitle } from '../app/usePageTitle';

export function Placeholder({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation('common');
  const title = t(titleKey);
  usePageTitle(title);
  return (
    <section className="page placeholder-page">
      <h1>{title}</h1>
      <p className="muted">{t('page.comingSoon')}</p>
    </section>
  );
}
