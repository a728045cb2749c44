/**
 * Printing the RACI matrix: the paper (the chart's too, kept on this device), the number of
 * pages it makes, "Print…", and the printed pages themselves: a rendering of its own from the
 * matrix (raciPrintPlan.ts), not the on-screen grid restyled, so each page repeats the topic
 * column and the header row, with the title, the data's date and "Page n of N".
 *
 * The plan is built only when asked: on "Print…", on `beforeprint` (Ctrl+P) and when the paper
 * or the orientation is chosen (the pages are counted then), and for that matrix only. An edit
 * in the matrix makes a new matrix, which is not planned until asked again: rebuilding the plan
 * on every change was a good part of an edit's cost at 10k people. The printed pages are
 * dropped on `afterprint`.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { TFunction } from 'i18next';
import { useTranslation } from '../../i18n/useTranslation';
import { formatIsoDate } from '../../components/formatDate';
import type { OrgIndex } from '../../domain/orgIndex';
import type { RaciMatrix } from '../../domain/raci';
import { localize } from '../../domain/text';
import { PaperFields } from '../../components/PaperFields';
import { pageName, printableArea } from '../../domain/paper';
import {
  selectPrintSettings,
  usePrintPrefsStore,
  type PrintSettings,
} from '../../store/printPrefsStore';
import { raciPrintPlan, RACI_PRINT_PT, type RaciPrintPlan } from './raciPrintPlan';
import { RaciPrintPage } from './RaciPrintPage';
import './raciPrint.css';

interface Props {
  index: OrgIndex;
  /** The whole matrix as filtered (not only the rows drawn on screen). */
  matrix: RaciMatrix;
  unitId: string;
}

interface Printable {
  plan: RaciPrintPlan;
  /** The position columns' titles as printed. */
  columns: string[];
  breachNote: (topicId: string) => string | undefined;
}

function buildPrintable(
  index: OrgIndex,
  matrix: RaciMatrix,
  lang: string,
  settings: PrintSettings,
  t: TFunction,
): Printable {
  const columns = matrix.positionIds.map((p) => localize(index.positionById.get(p)?.title, lang));
  const breachNote = (topicId: string) => {
    const kinds = matrix.breaches.get(topicId);
    if (!kinds) return undefined;
    const accountable = [...(matrix.cells.get(topicId)?.values() ?? [])].filter((l) =>
      l.includes('A'),
    ).length;
    return `⚠ ${kinds.map((k) => t(`raci.breach.${k}`, { count: accountable })).join(' · ')}`;
  };
  const column = new Map(matrix.positionIds.map((p, i) => [p, i]));
  const plan = raciPrintPlan({
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
  return { plan, columns, breachNote };
}

export function RaciPrint({ index, matrix, unitId }: Props) {
  const { t, i18n } = useTranslation('views');
  const lang = i18n.language;
  const settings = usePrintPrefsStore(selectPrintSettings);
  const [printing, setPrinting] = useState(false);
  /** The matrix the user asked to print or to count pages for. */
  const [asked, setAsked] = useState<RaciMatrix | undefined>(undefined);
  const shown = useRef(matrix);
  useEffect(() => {
    shown.current = matrix;
  }, [matrix]);

  const wanted = asked === matrix;
  const printable = useMemo(
    () => (wanted ? buildPrintable(index, matrix, lang, settings, t) : undefined),
    [wanted, index, matrix, lang, settings, t],
  );

  useEffect(() => {
    // `beforeprint` waits for this handler only: the pages are rendered before layout.
    const before = () =>
      flushSync(() => {
        setAsked(shown.current);
        setPrinting(true);
      });
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
  const count = printable?.plan.pages.length ?? 0;

  return (
    <>
      <fieldset className="raci-print-tools">
        <legend>{t('raci.print.legend')}</legend>
        <PaperFields fieldClassName="field" onChange={() => setAsked(matrix)} />
        <button
          type="button"
          className="button button-secondary"
          disabled={matrix.positionIds.length === 0 || (printable !== undefined && count === 0)}
          onClick={() => {
            flushSync(() => {
              setAsked(matrix);
              setPrinting(true);
            });
            window.print();
          }}
        >
          {t('raci.print.print')}
        </button>
        <p className="muted raci-print-summary" aria-live="polite">
          {printable
            ? t('raci.print.summary', { count, groups: printable.plan.groups, pt: RACI_PRINT_PT })
            : t('raci.print.summaryUncounted', { pt: RACI_PRINT_PT })}
        </p>
      </fieldset>
      {printing && printable && count > 0 && (
        <div className="wf-print-only" data-testid="raci-print-pages">
          {printable.plan.pages.map((p, i) => (
            <RaciPrintPage
              key={i}
              index={index}
              matrix={matrix}
              plan={printable.plan}
              page={p}
              columns={printable.columns}
              breachNote={printable.breachNote}
              pageName={pageName(settings)}
              heading={heading}
              date={date}
              pageLabel={t('raci.print.pageOf', { page: i + 1, count })}
              note={t('raci.print.columns', {
                from: p.columns[0]! + 1,
                to: p.columns[p.columns.length - 1]! + 1,
                total: printable.columns.length,
              })}
            />
          ))}
        </div>
      )}
    </>
  );
}
