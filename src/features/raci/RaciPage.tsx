/**
 * #/raci[?unit=&breaches=1]: the RACI matrix. Only positions with a letter on the shown topics
 * get a column; breaches of the rule (exactly one A, at least one R) are flagged in words.
 */
import { readOnlyBuild } from '../../app/buildFlags';
import { lazy, Suspense, useCallback, useId, useMemo } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { PageProps } from '../../app/pageProps';
import { navigate } from '../../app/router';
import { usePageTitle } from '../../app/usePageTitle';
import { buildRaciMatrix } from '../../domain/raci';
import type { RaciRole } from '../../domain/types';
import { selectEditMode, useEditModeStore, useShownIndex } from '../../store/editModeStore';
import { queryHref } from '../directory/queryHref';
import { UnitSelect } from '../../components/UnitSelect';
import '../directory/views.css';
import '../editor/editor.css';
import { RaciPrint } from './RaciPrint';
import { RaciTable } from './RaciTable';
import { useStableColumns } from './useStableColumns';

const LETTERS: RaciRole[] = ['R', 'A', 'C', 'I'];
const RACI_SHEET: readonly ['raci'] = ['raci'];
/** Export and import of the matrix as a spreadsheet, in edit mode only (the editor's chunk). */
const SheetTools = lazy(() =>
  __EDITING_ENABLED__ ? import('../editor/SheetTools') : readOnlyBuild(),
);

export function RaciPage({ query }: Partial<PageProps>) {
  const { t } = useTranslation('views');
  usePageTitle(t('raci.title'));
  const index = useShownIndex();
  const editing = useEditModeStore(selectEditMode);
  // The editor's code is loaded on the first change, not with the page.
  const cycle = useCallback((topicId: string, positionId: string) => {
    void (__EDITING_ENABLED__ ? import('../editor/raciEdit') : readOnlyBuild()).then((m) =>
      m.cycleRaci(topicId, positionId),
    );
  }, []);
  const cycleChannel = useCallback((topicId: string) => {
    void (__EDITING_ENABLED__ ? import('../editor/raciEdit') : readOnlyBuild()).then((m) =>
      m.cycleChannel(topicId),
    );
  }, []);
  const unitId = query?.get('unit') ?? '';
  const breachesOnly = query?.get('breaches') === '1';
  const checkId = useId();
  const built = useMemo(
    () =>
      index ? buildRaciMatrix(index, { unitId: unitId || undefined, breachesOnly }) : undefined,
    [index, unitId, breachesOnly],
  );
  const matrix = useStableColumns(index, built, `${unitId}|${breachesOnly}`, editing);
  if (!index || !matrix) return <p className="page">{t('common.noData')}</p>;
  const go = (unit: string, breaches: boolean) =>
    navigate(queryHref('raci', { unit, breaches: breaches ? '1' : '' }), { replace: true });
  const breachCount = matrix.breaches.size;

  return (
    <section className="page page-wide views-page raci-page">
      <header className="views-header">
        <h1>{t('raci.title')}</h1>
        <p className="muted">{t('raci.intro')}</p>
      </header>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <UnitSelect
          index={index}
          label={t('raci.unitFilter')}
          value={unitId}
          onChange={(unit) => go(unit, breachesOnly)}
        />
        <div className="field field-check">
          <input
            id={checkId}
            type="checkbox"
            checked={breachesOnly}
            onChange={(e) => go(unitId, e.target.checked)}
          />
          <label htmlFor={checkId}>{t('raci.breachesOnly')}</label>
        </div>
      </form>
      {editing && (
        <Suspense fallback={null}>
          <SheetTools kinds={RACI_SHEET} />
        </Suspense>
      )}
      <div className="raci-summary" role="status">
        <p>
          {t('raci.summary', {
            topics: matrix.topicIds.length,
            positions: matrix.positionIds.length,
          })}
        </p>
        <p className={breachCount > 0 ? 'raci-breach-note' : 'raci-ok-note'}>
          {breachCount > 0 ? '⚠ ' : '✓ '}
          {t('raci.breaches', { count: breachCount })}
        </p>
      </div>
      <h2 className="visually-hidden">{t('raci.legend')}</h2>
      <dl className="raci-legend">
        {LETTERS.map((l) => (
          <div key={l}>
            <dt className={`raci-letter raci-${l}`}>{l}</dt>
            <dd>{t(`raci.letter.${l}`)}</dd>
          </div>
        ))}
      </dl>
      {matrix.topicIds.length > 0 && (
        // Printed: only the lettered positions, not the columns edit mode keeps on screen.
        <RaciPrint index={index} matrix={built ?? matrix} unitId={unitId} />
      )}
      {matrix.topicIds.length === 0 ? (
        <p className="empty">{t('raci.none')}</p>
      ) : (
        <RaciTable
          index={index}
          matrix={matrix}
          {...(editing ? { onCycle: cycle, onCycleChannel: cycleChannel } : {})}
        />
      )}
    </section>
  );
}
