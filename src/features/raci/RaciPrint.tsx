/**
 * Printing the RACI matrix: the paper (the chart's too, kept on this device), the number of
 * pages it makes, "Print…", and the printed pages themselves: a rendering of its own from the
 * matrix (raciPrintPlan.ts), not the on-screen grid restyled, so each page repeats the topic
 * column and the header row, with the title, the data's date and "Page n of N". Built only
 * while printing: on "Print…", or on `beforeprint` (Ctrl+P); dropped on `afterprint`.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from '../../i18n/useTranslation';
import { formatIsoDate } from '../../components/formatDate';
import type { OrgIndex } from '../../domain/orgIndex';
import type { RaciMatrix } from '../../domain/raci';
import { localize } from '../../domain/text';
import { PaperFields } from '../../components/PaperFields';
import { pageName, printableArea } from '../../domain/paper';
import { selectPrintSettings, usePrintPrefsStore } from '../../store/printPrefsStore';
import { raciPrintPlan, RACI_PRINT_PT } from './raciPrintPlan';
import { RaciPrintPage } from './RaciPrintPage';
import './raciPrint.css';

interface Props {
  index: OrgIndex;
  /** The whole matrix as filtered (not only the rows drawn on screen). */
  matrix: RaciMatrix;
  unitId: string;
}

export function RaciPrint({ index, matrix, unitId }: Props) {
  const { t, i18n } = useTranslation('views');
  const lang = i18n.language;
  const settings = usePrintPrefsStore(selectPrintSettings);
  const [printing, setPrinting] = useState(false);

  const columns = useMemo(
    () => matrix.positionIds.map((p) => localize(index.positionById.get(p)?.title, lang)),
    [matrix, index, lang],
  );
  const breachNote = useCallback(
    (topicId: string) => {
      const kinds = matrix.breaches.get(topicId);
      if (!kinds) return undefined;
      const accountable = [...(matrix.cells.get(topicId)?.values() ?? [])].filter((l) =>
        l.includes('A'),
      ).length;
      return `⚠ ${kinds.map((k) => t(`raci.breach.${k}`, { count: accountable })).join(' · ')}`;
    },
    [matrix, t],
  );
  const plan = useMemo(() => {
    const column = new Map(matrix.positionIds.map((p, i) => [p, i]));
    return raciPrintPlan({
      page: printableArea(settings.paper, settings.orientation),
      topics: matrix.topicIds.map((topicId) => ({
        name: localize(index.topicById.get(topicId)?.name, lang),
        note: breachNote(topicId),
      })),
      columns,
      lettered: matrix.topicIds.map((topicId) =>
        [...(matrix.cells.get(topicId)?.keys() ?? [])].flatMap((p) => column.get(p) ?? []),
      ),
    });
  }, [matrix, index, lang, columns, breachNote, settings.paper, settings.orientation]);

  useEffect(() => {
    // `beforeprint` waits for this handler only: the pages are rendered before layout.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const unit = unitId ? localize(index.unitById.get(unitId)?.name, lang) : '';
  const heading = [localize(index.data.organisation.name, lang), t('raci.title'), unit]
    .filter(Boolean)
    .join(' · ');
  const dataDate = index.data.organisation.dataDate;
  const date = dataDate
    ? t('raci.print.dataDate', { date: formatIsoDate(dataDate, lang) })
    : t('raci.print.noDate');
  const count = plan.pages.length;

  return (
    <>
      <fieldset className="raci-print-tools">
        <legend>{t('raci.print.legend')}</legend>
        <PaperFields fieldClassName="field" />
        <button
          type="button"
          className="button button-secondary"
          disabled={count === 0}
          onClick={() => {
            flushSync(() => setPrinting(true));
            window.print();
          }}
        >
          {t('raci.print.print')}
        </button>
        <p className="muted raci-print-summary" aria-live="polite">
          {t('raci.print.summary', { count, groups: plan.groups, pt: RACI_PRINT_PT })}
        </p>
      </fieldset>
      {printing && count > 0 && (
        <div className="wf-print-only" data-testid="raci-print-pages">
          {plan.pages.map((p, i) => (
            <RaciPrintPage
              key={i}
              index={index}
              matrix={matrix}
              plan={plan}
              page={p}
              columns={columns}
              breachNote={breachNote}
              pageName={pageName(settings)}
              heading={heading}
              date={date}
              pageLabel={t('raci.print.pageOf', { page: i + 1, count })}
              note={t('raci.print.columns', {
                from: p.columns[0]! + 1,
                to: p.columns[p.columns.length - 1]! + 1,
                total: columns.length,
              })}
            />
          ))}
        </div>
      )}
    </>
  );
}
