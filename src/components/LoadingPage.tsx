import { useTranslation } from '../i18n/useTranslation';

export function LoadingPage({ textKey = 'data.loading' }: { textKey?: string }) {
  const { t } = useTranslation('common');
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{t(textKey)}</span>
    </div>
  );
}
