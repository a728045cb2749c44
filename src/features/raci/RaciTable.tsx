/**
 * The topics × positions matrix in its own scroll frame: letters, sticky headers, a shared
 * channel column, a rule-check column in words. Only the rows and columns in view are drawn
 * (useRaciWindow). In edit mode it is an ARIA grid with one tab stop (roving tabindex): arrows,
 * Home / End, Page Up / Down move; Enter or Space (a button's click) cycles the letter. The
 * table listens once for clicks, focus and keys; cells have no handlers of their own.
 */
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { OrgIndex } from '../../domain/orgIndex';
import type { RaciMatrix } from '../../domain/raci';
import { useTranslation } from '../../i18n/useTranslation';
import { cellOf, clampCell, moveCell, type Cell } from './gridKeys';
import { useRaciColumns } from './raciColumns';
import { RaciHead } from './RaciHead';
import { RaciRow } from './RaciRow';
import { useRaciWindow } from './useRaciWindow';
import { virtualSpans } from './virtualSpans';

interface Props {
  index: OrgIndex;
  matrix: RaciMatrix;
  /** Edit mode: a position's cell cycles its letter. */
  onCycle?: (topicId: string, positionId: string) => void;
  /** Edit mode: the shared channel cell gives or takes the topic's channel. */
  onCycleChannel?: (topicId: string) => void;
}

/** Scrolls the page (not the frame) so `el` is below the sticky navigation and above the fold. */
function showInWindow(el: HTMLElement) {
  const rect = el.getBoundingClientRect();
  const top = document.querySelector('.main-nav')?.getBoundingClientRect().bottom ?? 0;
  if (rect.bottom > window.innerHeight) window.scrollBy(0, rect.bottom - window.innerHeight + 8);
  else if (rect.top < top) window.scrollBy(0, rect.top - top - 8);
}

/** The focused cell in view: in its frame (clear of the sticky parts), then in the page. */
function reveal(el: HTMLElement) {
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  showInWindow(el);
}

export const RaciTable = memo(function RaciTable({
  index,
  matrix,
  onCycle,
  onCycleChannel,
}: Props) {
  const { t, i18n } = useTranslation('views');
  const editing = onCycle !== undefined;
  // Shown in edit mode (to give one) and whenever a shown topic has one.
  const showChannel = editing || matrix.channels.size > 0;
  const first = showChannel ? 1 : 0;
  const columns = useRaciColumns(index, matrix.positionIds, i18n.language);
  const rowCount = matrix.topicIds.length;
  const colCount = first + columns.length;
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const [activeState, setActive] = useState<Cell>([0, 0]);
  const active = clampCell(activeState, rowCount, colCount);
  const pendingFocus = useRef<Cell | undefined>(undefined);
  const { rows, cols, box } = useRaciWindow({
    scrollRef,
    tableRef,
    rowCount,
    colCount: columns.length,
    activeRow: editing ? active[0] : -1,
    activeCol: editing ? active[1] - first : -1,
    rowKey: (i) => matrix.topicIds[i] ?? String(i),
    measureKey: columns,
  });
  const colItems = cols.getVirtualItems();
  const colTotal = cols.getTotalSize();
  const colKey = colItems.map((c) => c.index).join(',');
  // One array for every row while the columns in view stay the same (rows are memoised).
  const colSpans = useMemo(
    () => virtualSpans(colItems, box.colsLeft, colTotal),
    // Keyed by the indexes in view: getVirtualItems() is a new array at every scroll event.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [colKey, colTotal, box.colsLeft],
  );
  const rowSpans = virtualSpans(rows.getVirtualItems(), box.rowsTop, rows.getTotalSize());

  // A cell reached with the keyboard is focused once drawn (it is drawn in the same render),
  // then shown: the virtualiser scrolls the frame to its row and column, but under load that
  // scroll could end with the cell still outside the frame (raciGrid.spec: "not in viewport",
  // ratio 0), so the browser brings it into view itself, in the frame (whose scroll-padding is
  // the sticky header row and topic column) and in the page (below the sticky navigation).
  // Again a frame later, after the virtualiser's own correction of its scroll, if any.
  useLayoutEffect(() => {
    const cell = pendingFocus.current;
    if (!cell) return;
    const button = tableRef.current?.querySelector<HTMLElement>(
      `button[data-cell="${cell[0]}:${cell[1]}"]`,
    );
    if (button) {
      pendingFocus.current = undefined;
      button.focus({ preventScroll: true });
      reveal(button);
      requestAnimationFrame(() => {
        if (document.activeElement === button) reveal(button);
      });
    }
  });

  const goTo = (to: Cell) => {
    setActive(to);
    pendingFocus.current = to;
    rows.scrollToIndex(to[0]);
    if (to[1] >= first) cols.scrollToIndex(to[1] - first);
    else if (scrollRef.current) scrollRef.current.scrollLeft = 0;
  };
  const press = (cell: Cell) => {
    const topicId = matrix.topicIds[cell[0]];
    if (topicId === undefined) return;
    if (cell[1] < first) onCycleChannel?.(topicId);
    else {
      const positionId = columns[cell[1] - first]?.id;
      if (positionId !== undefined) onCycle?.(topicId, positionId);
    }
  };
  const cellAt = (target: EventTarget) =>
    cellOf(
      (target as Element).closest?.('button[data-cell]')?.getAttribute('data-cell') ?? undefined,
    );

  return (
    <div
      className="raci-scroll"
      ref={scrollRef}
      // What the sticky header row and topic column cover: a cell scrolled into view clears them.
      style={{ scrollPaddingTop: box.headHeight, scrollPaddingLeft: box.stickyLeft }}
      role="region"
      aria-label={t('raci.scrollRegion')}
      tabIndex={0}
    >
      <table
        ref={tableRef}
        className={editing ? 'raci-table raci-table-editing' : 'raci-table'}
        role={editing ? 'grid' : undefined}
        aria-rowcount={rowCount + 1}
        aria-colcount={colCount + 2}
        {...(editing && {
          onKeyDown: (e) => {
            const to = moveCell(active, e, rowCount, colCount);
            if (!to || !cellAt(e.target)) return;
            e.preventDefault();
            goTo(to);
          },
          onFocus: (e) => {
            const cell = cellAt(e.target);
            if (cell) setActive(cell);
          },
          onClick: (e) => {
            const cell = cellAt(e.target);
            if (cell) press(cell);
          },
        })}
      >
        <caption>{t('raci.tableCaption')}</caption>
        <thead>
          <RaciHead columns={columns} colSpans={colSpans} showChannel={showChannel} />
        </thead>
        <tbody>
          {rowSpans.map((span) => {
            if ('gap' in span)
              return (
                <tr key={span.key} aria-hidden="true" className="raci-gap-row">
                  <td colSpan={colSpans.length + first + 2} style={{ height: span.gap }} />
                </tr>
              );
            const topicId = matrix.topicIds[span.item.index] ?? '';
            return (
              <RaciRow
                key={topicId}
                index={index}
                matrix={matrix}
                topicId={topicId}
                rowIndex={span.item.index}
                columns={columns}
                colSpans={colSpans}
                activeCol={editing && active[0] === span.item.index ? active[1] : -1}
                editing={editing}
                showChannel={showChannel}
                measure={rows.measureElement}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
