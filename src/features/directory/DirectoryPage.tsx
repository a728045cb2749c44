/**
 * #/directory: people and vacant positions, filtered by unit (sub-units included), location,
 * language, "ask me about" skill and text, sorted by name, title, unit or location, with an A–Z
 * jump, and saved as CSV or vCard. Filters and sort live in the URL (shareable). Every result is
 * reachable by scrolling: the list is virtualised (DirectoryList).
 */
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { PageProps } from '../../app/pageProps';
import { usePageTitle } from '../../app/usePageTitle';
import { DIRECTORY_SORTS, firstIndexByLetter, type DirectorySort } from '../../domain/directory';
import { todayIso } from '../../domain/orgIndex';
import { selectOrgIndex, useOrgStore } from '../../store/orgStore';
import { AlphabetJump } from './AlphabetJump';
import { DirectoryExport } from './DirectoryExport';
import { DirectoryFilters } from './DirectoryFilters';
import { DirectoryList } from './DirectoryList';
import { readView, updateView } from './directoryUrl';
import { useDirectoryResults } from './useDirectoryResults';
import './views.css';

export function DirectoryPage({ query }: Partial<PageProps>) {
  const { t, i18n } = useTranslation('views');
  const lang = i18n.language;
  usePageTitle(t('directory.title'));
  const index = useOrgStore(selectOrgIndex);
  const view = readView(query);
  const { directory, sorted } = useDirectoryResults(index, view, lang);
  const firstIndex = useMemo(() => firstIndexByLetter(sorted.keys), [sorted.keys]);
  const [jumpTo, setJumpTo] = useState<{ row: number; seq: number }>();
  const onJump = useCallback(
    (row: number) => setJumpTo((j) => ({ row, seq: (j?.seq ?? 0) + 1 })),
    [],
  );
  const sortId = useId();

  if (!index || !directory) return <p className="page">{t('common.noData')}</p>;
  const results = sorted.entries;
  const sortLabel = (s: DirectorySort) => t(`directory.sort.${s}`);

  return (
    <section className="page views-page directory-page">
      <header className="views-header">
        <h1>{t('directory.title')}</h1>
        <p className="muted">{t('directory.intro')}</p>
      </header>
      <DirectoryFilters index={index} directory={directory} view={view} />
      <div className="dir-toolbar">
        <p className="result-count" role="status" aria-live="polite">
          {t('directory.count', { count: results.length })}
        </p>
        <div className="field field-inline">
          <label htmlFor={sortId}>{t('directory.sortBy')}</label>
          <select
            id={sortId}
            value={view.sort}
            onChange={(e) => updateView({ sort: e.target.value as DirectorySort })}
          >
            {DIRECTORY_SORTS.map((s) => (
              <option key={s} value={s}>
                {sortLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <DirectoryExport index={index} entries={results} />
      </div>
      {results.length === 0 ? (
        <p className="empty">{t('directory.none')}</p>
      ) : (
        <>
          <AlphabetJump firstIndex={firstIndex} onJump={onJump} sortLabel={sortLabel(view.sort)} />
          <DirectoryList index={index} entries={results} today={todayIso()} jumpTo={jumpTo} />
        </>
      )}
    </section>
  );
}
