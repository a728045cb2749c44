/**
 * "Showing results for immigration" when the search read a word of the query as a typo of
 * another (`imigration`): the user sees what was searched and can fix the query.
 */
import { useTranslation } from '../../i18n/useTranslation';

export function CorrectionNotice({ query, correction }: { query: string; correction: string }) {
  const { t } = useTranslation('search');
  return (
    <p className="search-correction" data-testid="correction-notice">
      {t('correction', { correction })}{' '}
      <span className="muted">{t('correctionTyped', { query: query.trim() })}</span>
    </p>
  );
}
