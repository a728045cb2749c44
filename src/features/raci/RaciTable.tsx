/** The topics × positions table: letters, sticky headers, a rule-check column in words. */
import { memo, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import { holdersOf, type OrgIndex } from '../../domain/orgIndex';
import type { RaciMatrix } from '../../domain/raci';
import { localize } from '../../domain/text';

interface Props {
  index: OrgIndex;
  matrix: RaciMatrix;
  /** Edit mode: a cell is a button that cycles its letter; arrow keys move between cells. */
  onCycle?: (topicId: string, positionId: string) => void;
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

export const RaciTable = memo(function RaciTable({ index, matrix, onCycle }: Props) {
  // The one cell in the tab order (roving tabindex): Tab enters the grid, arrows move in it.
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const { t, i18n } = useTranslation('views');
  const lang = i18n.language;
  const columns = matrix.positionIds.map((id) => {
    const position = index.positionById.get(id);
    const title = localize(position?.title, lang);
    const holders = holdersOf(index, id).map((p) => p.name);
    const label = holders.length > 0 ? `${title} (${holders.join(', ')})` : title;
    return { id, title, label };
  });
  return (
    <table
      className={onCycle ? 'raci-table raci-table-editing' : 'raci-table'}
      onKeyDown={(e) => {
        const move = onCycle ? MOVES[e.key] : undefined;
        if (!move) return;
        e.preventDefault();
        const row = Math.min(Math.max(active[0] + move[0], 0), matrix.topicIds.length - 1);
        const col = Math.min(Math.max(active[1] + move[1], 0), columns.length - 1);
        setActive([row, col]);
        const cell = e.currentTarget.querySelector<HTMLButtonElement>(
          `button[data-cell="${row}:${col}"]`,
        );
        cell?.focus();
      }}
    >
      <caption>{t('raci.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="raci-corner">
            {t('raci.topic')}
          </th>
          {columns.map((c) => (
            <th key={c.id} scope="col" className="raci-col" title={c.label}>
              <div className="raci-col-inner">
                <a href={hrefs.position(c.id)} aria-label={c.label}>
                  {c.title}
                </a>
              </div>
            </th>
          ))}
          <th scope="col" className="raci-check">
            {t('raci.check')}
          </th>
        </tr>
      </thead>
      <tbody>
        {matrix.topicIds.map((topicId, rowIndex) => {
          const row = matrix.cells.get(topicId);
          const kinds = matrix.breaches.get(topicId);
          const topicName = localize(index.topicById.get(topicId)?.name, lang);
          const accountable = [...(row?.values() ?? [])].filter((l) => l.includes('A')).length;
          return (
            <tr key={topicId} className={kinds ? 'raci-row-breach' : undefined}>
              <th scope="row">
                <a href={hrefs.topic(topicId)}>{topicName}</a>
              </th>
              {columns.map((c, colIndex) => {
                const letters = row?.get(c.id);
                if (onCycle) {
                  const isActive = active[0] === rowIndex && active[1] === colIndex;
                  return (
                    <td key={c.id} className="raci-cell">
                      <button
                        type="button"
                        className="raci-cell-button"
                        data-cell={`${rowIndex}:${colIndex}`}
                        tabIndex={isActive ? 0 : -1}
                        aria-label={t('raci.cellLabel', {
                          topic: topicName,
                          position: c.label,
                          letter: letters?.length
                            ? letters.map((l) => t(`raci.letter.${l}`)).join(', ')
                            : t('raci.noLetter'),
                        })}
                        onFocus={() => setActive([rowIndex, colIndex])}
                        onClick={() => onCycle(topicId, c.id)}
                      >
                        {letters?.map((l) => (
                          <span key={l} className={`raci-letter raci-${l}`} aria-hidden="true">
                            {l}
                          </span>
                        ))}
                      </button>
                    </td>
                  );
                }
                return (
                  <td key={c.id} className="raci-cell">
                    {letters?.map((l) => (
                      <abbr
                        key={l}
                        className={`raci-letter raci-${l}`}
                        title={t(`raci.letter.${l}`)}
                      >
                        {l}
                      </abbr>
                    ))}
                  </td>
                );
              })}
              {kinds ? (
                <td className="raci-check raci-check-bad">
                  <span className="visually-hidden">{t('raci.breachPrefix')} </span>
                  <ul>
                    {kinds.map((k) => (
                      <li key={k}>⚠ {t(`raci.breach.${k}`, { count: accountable })}</li>
                    ))}
                  </ul>
                </td>
              ) : (
                <td className="raci-check raci-check-ok">✓ {t('raci.ok')}</td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
