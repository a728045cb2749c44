/**
 * One printed page of the RACI matrix: the title and the data's date, a table of the page's
 * topics × the page's column group (sizes from raciPrintPlan.ts, so it fills the page exactly
 * and never spills onto the next), the legend in the corner, and the page number.
 */
import { useTranslation } from '../../i18n/useTranslation';
import type { OrgIndex } from '../../domain/orgIndex';
import type { RaciMatrix } from '../../domain/raci';
import { localize } from '../../domain/text';
import type { RaciRole } from '../../domain/types';
import type { RaciPrintPage as Page, RaciPrintPlan } from './raciPrintPlan';

const LETTERS: RaciRole[] = ['R', 'A', 'C', 'I'];

interface Props {
  index: OrgIndex;
  matrix: RaciMatrix;
  plan: RaciPrintPlan;
  page: Page;
  columns: string[];
  breachNote: (topicId: string) => string | undefined;
  pageName: string;
  heading: string;
  date: string;
  pageLabel: string;
  note: string;
}

export function RaciPrintPage(props: Props) {
  const { index, matrix, plan, page, columns, breachNote } = props;
  const { t, i18n } = useTranslation('views');
  const width = plan.topicWidth + page.columns.reduce((w, c) => w + plan.columnWidths[c]!, 0);
  return (
    <section className="wf-print-page raci-print-page" style={{ page: props.pageName }}>
      <header className="wf-print-head">
        <span className="wf-print-title">{props.heading}</span>
        <span>{props.date}</span>
      </header>
      <table className="raci-print-table" style={{ width: `${width}px` }}>
        <colgroup>
          <col style={{ width: `${plan.topicWidth}px` }} />
          {page.columns.map((c) => (
            <col key={c} style={{ width: `${plan.columnWidths[c]}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr style={{ height: `${plan.headerHeight}px` }}>
            <th scope="col" className="raci-print-corner">
              <ul className="raci-print-legend">
                {LETTERS.map((l) => (
                  <li key={l}>
                    <span className={`raci-letter raci-${l}`}>{l}</span> {t(`raci.letter.${l}`)}
                  </li>
                ))}
              </ul>
              {t('raci.topic')}
            </th>
            {page.columns.map((c) => (
              <th key={c} scope="col" className="raci-print-col">
                <div style={{ height: `${plan.headerHeight - 8}px` }}>{columns[c]}</div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {page.rows.map((r) => {
            const topicId = matrix.topicIds[r]!;
            const note = breachNote(topicId);
            const row = matrix.cells.get(topicId);
            return (
              <tr key={topicId} style={{ height: `${plan.rowHeights[r]}px` }}>
                <th scope="row">
                  {localize(index.topicById.get(topicId)?.name, i18n.language)}
                  {note && <span className="raci-print-breach">{note}</span>}
                </th>
                {page.columns.map((c) => (
                  <td key={c}>
                    {row?.get(matrix.positionIds[c]!)?.map((l) => (
                      <span key={l} className={`raci-letter raci-${l}`}>
                        {l}
                      </span>
                    ))}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <footer className="wf-print-foot">
        <span className="wf-print-note">{props.note}</span>
        <span>{props.pageLabel}</span>
      </footer>
    </section>
  );
}
