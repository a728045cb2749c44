/** The problems of a sheet import, each with where it is (sheet, cell, row, column, heading). */
import { useTranslation } from '../../i18n/useTranslation';
import type { SheetProblem } from '../../import/sheets/sheetProblems';

/** More are counted, not listed: a wrong file can have thousands. */
const SHOWN = 50;
const SHEET_LEVEL = new Set(['unknown-sheet', 'no-known-sheet', 'duplicate-sheet']);

export function SheetProblemList({
  problems,
  title,
}: {
  problems: readonly SheetProblem[];
  title: string;
}) {
  const { t } = useTranslation('editor');
  if (problems.length === 0) return null;
  const where = (p: SheetProblem) =>
    SHEET_LEVEL.has(p.code)
      ? t('sheet.whereSheet', { sheet: p.sheet })
      : t(p.heading === '' ? 'sheet.whereNoHeading' : 'sheet.where', {
          sheet: p.sheet,
          cell: p.cell,
          row: p.row,
          column: p.column,
          heading: p.heading,
        });
  return (
    <div className="sheet-problems">
      <h4>{title}</h4>
      <ul>
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i} data-code={p.code}>
            <strong>{where(p)}</strong>
            {t('sheet.colon')}
            {t(`sheet.problem.${p.code}`, { value: p.value, first: p.firstRow })}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && (
        <p className="muted">{t('sheet.more', { count: problems.length - SHOWN })}</p>
      )}
    </div>
  );
}
